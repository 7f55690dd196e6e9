package io.caimira.model.montecarlo;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * An independent re-implementation of the airborne model for end-to-end checks (the role of upstream's
 * SimpleConcentrationModel / SimpleShortRangeModel / SimpleExposureModel in caimira/tests/test_full_algorithm.py).
 * Instead of Monte-Carlo sampling of the particle diameter it integrates over the diameter numerically (composite
 * Gauss–Legendre on ln d), and instead of the production recursion over state changes it superposes the exact
 * response to each presence span. It assumes one infected person without mask, a constant removal rate apart from
 * settling, and a constant inside temperature.
 *
 * <p>All the results here are "per unit source": they must be multiplied by viral load [copies/mL] × exhalation
 * rate [m³/h] × viable-to-RNA ratio (long range) or viral load × viable-to-RNA ratio (short range), which the tests
 * do per sample.
 */
final class DiameterQuadratureReference {
  /** BLO model (Johnson et al. 2011): cn [cm⁻³], μ and σ of ln(d/µm) for the B, L and O modes. */
  static final double[] CN = {0.06, 0.2, 0.0010008};
  static final double[] MU = {0.989541, 1.38629, 4.97673};
  static final double[] SIGMA = {0.262364, 0.506818, 0.585005};
  static final double[] BREATHING = {1, 0, 0};
  static final double[] SPEAKING = {1, 1, 1};

  private static final int PANELS = 200;
  private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();

  private DiameterQuadratureReference() {}

  /**
   * ∫_{dmin}^{dmax} Np(d)·V(d)·1e-6·g(d) dd, where Np is the BLO number density [cm⁻³ µm⁻¹], V = πd³/6 [µm³]
   * and 1e-6 turns µm³·cm⁻³ into mL per m³ of air. Integrated over u = ln d, where Np(d)·d is a sum of Gaussians.
   */
  static double volumeIntegral(double[] blo, double dmin, double dmax, DoubleUnaryOperator g) {
    double lo = Math.log(dmin);
    double width = (Math.log(dmax) - lo) / PANELS;
    double sum = 0;
    for (int p = 0; p < PANELS; p++) {
      GaussIntegrator gauss = FACTORY.legendre(8, lo + p * width, lo + (p + 1) * width);
      sum += gauss.integrate(u -> {
        double d = Math.exp(u);
        double densityInLog = 0;
        for (int m = 0; m < 3; m++) {
          double z = (u - MU[m]) / SIGMA[m];
          densityInLog += CN[m] * blo[m] / (SIGMA[m] * Math.sqrt(2 * Math.PI)) * Math.exp(-z * z / 2);
        }
        return densityInLog * Math.PI * d * d * d / 6 * 1e-6 * g.applyAsDouble(d);
      });
    }
    return sum;
  }

  /** Deposition fraction of a particle of emitted diameter d shrunk by {@code evaporation} (ICRP, Hinds 1999). */
  static double depositionFraction(double d, double evaporation) {
    double x = d * evaporation;
    double inhalable = 1 - 0.5 * (1 - 1 / (1 + 0.00076 * Math.pow(x, 2.8)));
    return inhalable * (0.0587 + 0.911 / (1 + Math.exp(4.77 + 1.485 * Math.log(x)))
        + 0.943 / (1 + Math.exp(0.508 - 2.58 * Math.log(x))));
  }

  /** Dilution factor of the exhaled jet at distance x [m] for exhalation rate br [m³/h] (Jia et al. 2022). */
  static double dilution(double x, double br) {
    double mouth = 0.02;
    double q = 2 * br / 3600;
    double u0 = q / (Math.PI / 4 * mouth * mouth);
    double x0 = mouth / 2 / 0.18;
    double t0 = (x0 / 2.4) * (x0 / 2.4) / Math.sqrt(q * u0);
    double xStar = 2.4 * Math.pow(q * u0, 0.25) * Math.sqrt(2 + t0) - x0;
    double sStar = 2 * 0.18 * (xStar + x0) / mouth;
    if (x <= xStar) {
      return 2 * 0.18 * (x + x0) / mouth;
    }
    double g = 1 + 0.2 * (x - xStar) / 0.18 / (xStar + x0);
    return sStar * g * g * g;
  }

  /**
   * Long-range part: a room of {@code volume} [m³] with air exchange {@code ventilation} [h⁻¹], relative humidity
   * {@code humidity} at 293 K, one infected person present during {@code presence} ([start, end] pairs), emitting
   * the BLO spectrum {@code blo} over [0.1, 20] µm; long-range particles shrink by the factor 0.3.
   */
  record LongRange(List<double[]> presence, double volume, double ventilation, double humidity, double[] blo) {
    static final double EVAPORATION = 0.3;

    /** Settling: 1.88e-4 m/s for 2.5 µm, ∝ d², over 1.5 m, per hour [h⁻¹ µm⁻²]. */
    double settlingCoefficient() {
      return 1.88e-4 * 3600 / 1.5 * (EVAPORATION / 2.5) * (EVAPORATION / 2.5);
    }

    /** Biological decay at 293 K (Dabisch et al. 2021 fit, half-life capped at 6.43 h) [h⁻¹]. */
    double decay() {
      double c = 293 - 273.15;
      double perMinute = 0.16030 + 0.04018 * (c - 20.615) / 10.585 + 0.02176 * (humidity * 100 - 45.235) / 28.665
          - 0.14369 - 0.02636 * (c - 20.615) / 10.585;
      double halfLife = Math.log(2) / perMinute / 60;
      return Math.log(2) / (halfLife <= 0 ? 6.43 : Math.min(6.43, halfLife));
    }

    double removal(double d) {
      return ventilation + decay() + settlingCoefficient() * d * d;
    }

    /** Concentration at t per unit emission rate, for removal rate λ: Σ over spans of the exact response. */
    double unitResponse(double t, double lambda) {
      double c = 0;
      for (double[] span : presence) {
        double s = span[0];
        double e = span[1];
        if (t <= s) {
          continue;
        }
        c += t <= e ? 1 - Math.exp(-lambda * (t - s)) : Math.exp(-lambda * (t - e)) - Math.exp(-lambda * (t - s));
      }
      return c / lambda;
    }

    /** ∫_{t1}^{t2} unitResponse dt in closed form. */
    double unitResponseIntegral(double t1, double t2, double lambda) {
      double total = 0;
      for (double[] span : presence) {
        double s = span[0];
        double e = span[1];
        // rising part, on (max(t1, s), min(t2, e))
        double a = Math.max(t1, s);
        double b = Math.min(t2, e);
        if (a < b) {
          total += (b - a) - (Math.exp(-lambda * (a - s)) - Math.exp(-lambda * (b - s))) / lambda;
        }
        // decaying part, on (max(t1, e), t2)
        a = Math.max(t1, e);
        if (a < t2) {
          total += (Math.exp(-lambda * (a - e)) - Math.exp(-lambda * (t2 - e))) / lambda
              - (Math.exp(-lambda * (a - s)) - Math.exp(-lambda * (t2 - s))) / lambda;
        }
      }
      return total / lambda;
    }

    /** Mean concentration at t [virions/m³] per unit (viral load × exhalation rate × viable ratio). */
    double concentration(double t) {
      return volumeIntegral(blo, 0.1, 20, d -> unitResponse(t, removal(d))) / volume;
    }

    /**
     * ∫_{t1}^{t2} concentration × deposition fraction dt, per unit (viral load × exhalation rate × viable ratio);
     * times the inhalation rate it is the long-range deposited dose.
     */
    double depositedIntegral(double t1, double t2) {
      return volumeIntegral(blo, 0.1, 20,
          d -> depositionFraction(d, EVAPORATION) * unitResponseIntegral(t1, t2, removal(d))) / volume;
    }
  }

  /** Jet concentration at the mouth per unit (viral load × viable ratio), short-range range [0.1, 100] µm. */
  static double jetOrigin(double[] blo) {
    return volumeIntegral(blo, 0.1, 100, d -> 1.0);
  }

  /** As {@link #jetOrigin} with the deposition fraction of unevaporated particles inside the integral. */
  static double depositedJetOrigin(double[] blo) {
    return volumeIntegral(blo, 0.1, 100, d -> depositionFraction(d, 1.0));
  }
}
