package io.caimira.model.aerosol;

import java.util.List;

/**
 * The tri-modal BLO model of expired-aerosol size distributions (Johnson et al. 2011,
 * https://doi.org/10.1016/j.jaerosci.2011.07.009; Morawska et al. 2009,
 * https://doi.org/10.1016/j.jaerosci.2008.11.002): a sum of three log-normal number densities of diameter
 * (bronchiolar B, laryngeal L, oral O), each scaled by an activity factor.
 */
public record BloModel(BloFactors factors) {
  /** Bronchiolar mode. */
  public static final LogNormalMode B_MODE = new LogNormalMode(0.06, 0.989541, 0.262364);
  /** Laryngeal mode. */
  public static final LogNormalMode L_MODE = new LogNormalMode(0.2, 1.38629, 0.506818);
  /** Oral mode. */
  public static final LogNormalMode O_MODE = new LogNormalMode(0.0010008, 4.97673, 0.585005);

  public static final List<LogNormalMode> MODES = List.of(B_MODE, L_MODE, O_MODE);

  public BloModel {
    if (factors == null) {
      throw new IllegalArgumentException("factors must not be null");
    }
  }

  /** Number density dN/dd [cm⁻³ µm⁻¹] at diameter d [µm]. */
  public double pdf(double d) {
    double sum = 0.0;
    for (int m = 0; m < 3; m++) {
      sum += MODES.get(m).density(d, factors.get(m));
    }
    return sum;
  }

  /** {@link #pdf(double)} at each diameter. */
  public double[] pdf(double[] d) {
    double[] out = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = pdf(d[i]);
    }
    return out;
  }

  /** Number concentration [cm⁻³] of particles with diameters in [dmin, dmax] µm. */
  public double integral(double dmin, double dmax) {
    double sum = 0.0;
    for (int m = 0; m < 3; m++) {
      sum += MODES.get(m).integral(dmin, dmax, factors.get(m));
    }
    return sum;
  }
}
