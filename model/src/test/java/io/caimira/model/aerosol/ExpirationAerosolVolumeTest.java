package io.caimira.model.aerosol;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.sample.Samples;
import org.hipparchus.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Port of upstream caimira/tests/test_expiration.py::test_expiration_aerosols (CAiMIRA 4.19). The long-range
 * expiration distribution of given BLO factors is sampled, {@link Expiration#aerosols(Mask)} is evaluated without a
 * mask, and the mean is compared with upstream's expected values (8.33551e-13, 2.108356e-11, 1.020836e-10 mL/cm³,
 * obtained upstream from the analytic third moment of the BLO modes over [0.1, 20] µm), rtol 1e-2 as upstream.
 *
 * <p>At upstream's 100 000 samples the relative standard error of the mean is about 0.8 % for the speaking and
 * singing modes, which is why upstream retries the test up to ten times. We keep its tolerance but draw 1 000 000
 * samples (standard error about 0.25 %) with a fixed seed, so the check does not depend on a lucky draw. A second
 * check recomputes the analytic moment here and confirms upstream's literals to rtol 1e-6 (they are given to 6–7
 * significant digits).
 */
class ExpirationAerosolVolumeTest {
  private static final double SQRT_2 = Math.sqrt(2);
  private static final int SAMPLE_SIZE = 1_000_000;

  /**
   * ∫_{dmin}^{dmax} A·dⁿ·LN(d; μ, σ) dd = A·exp(nμ + n²σ²/2)·(erf(y_max) − erf(y_min))/2 with
   * y = (ln d − μ)/(√2σ) − nσ/√2.
   */
  private static double monomialMoment(
      double a, int n, double mu, double sigma, double dmin, double dmax) {
    double yMin = (Math.log(dmin) - mu) / (SQRT_2 * sigma) - n * sigma / SQRT_2;
    double yMax = (Math.log(dmax) - mu) / (SQRT_2 * sigma) - n * sigma / SQRT_2;
    return a * Math.exp(n * mu + (n * sigma) * (n * sigma) / 2) * (Erf.erf(yMax) - Erf.erf(yMin)) / 2;
  }

  private static double analyticVolume(BloFactors f) {
    double sum = 0;
    for (int m = 0; m < 3; m++) {
      LogNormalMode mode = BloModel.MODES.get(m);
      double a = mode.cn() * Math.PI / 6 * 1e-12;
      sum += f.get(m) * monomialMoment(a, 3, mode.mu(), mode.sigma(), 0.1, 20);
    }
    return sum;
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 0, 8.33551e-13", "1, 1, 1, 2.108356e-11", "1, 5, 5, 1.020836e-10"})
  void meanAerosolVolumeMatchesUpstream(double b, double l, double o, double upstream) {
    ExpirationDistribution e = ExpirationDistribution.of(new BloFactors(b, l, o), ParticleSizeRange.LONG_RANGE);
    Samples d = e.diameter().sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(1000 + (long) l));
    Samples aerosols = new Expiration(d, e.cn(), null).aerosols(Mask.NONE);
    // upstream tolerance: rtol 1e-2
    assertThat(Math.abs(aerosols.mean() - upstream))
        .as("mean %s vs upstream %s", aerosols.mean(), upstream)
        .isLessThanOrEqualTo(1e-2 * upstream);
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 0, 8.33551e-13", "1, 1, 1, 2.108356e-11", "1, 5, 5, 1.020836e-10"})
  void upstreamValuesAreTheAnalyticMoment(double b, double l, double o, double upstream) {
    double analytic = analyticVolume(new BloFactors(b, l, o));
    // upstream's literals carry 6-7 significant digits
    assertThat(Math.abs(analytic - upstream)).isLessThanOrEqualTo(1e-6 * upstream);
  }
}
