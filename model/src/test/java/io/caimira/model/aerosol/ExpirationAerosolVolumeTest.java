package io.caimira.model.aerosol;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.sample.Samples;
import org.hipparchus.special.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Port of upstream caimira/tests/test_expiration.py::test_expiration_aerosols. Upstream samples the long-range
 * expiration distribution (100 000 samples), evaluates Expiration.aerosols(No mask) = cn·(π d³/6)·1e-12 per
 * sample (η_exhale = 0 without a mask) and compares the mean with the analytic third moment of the three BLO
 * modes over [0.1, 20] µm, rtol 1e-2. The Expiration/Mask records are not on this branch, so the same
 * quantity is computed here from the diameter samples and cn.
 *
 * <p>At 100 000 samples the relative standard error of the mean is about 0.8 % for Speaking/Singing, so the
 * upstream test relies on {@code @retry(tries=10)}. We keep its tolerance but draw 1 000 000 samples (standard
 * error about 0.25 %), so the check does not depend on a lucky seed.
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

  private static double expectedVolume(BloFactors f) {
    double sum = 0;
    for (int m = 0; m < 3; m++) {
      LogNormalMode mode = BloModel.MODES.get(m);
      double a = mode.cn() * Math.PI / 6 * 1e-12;
      sum += f.get(m) * monomialMoment(a, 3, mode.mu(), mode.sigma(), 0.1, 20);
    }
    return sum;
  }

  @ParameterizedTest
  @CsvSource({"1, 0, 0", "1, 1, 1", "1, 5, 5"})
  void meanAerosolVolumeMatchesAnalyticMoment(double b, double l, double o) {
    BloFactors f = new BloFactors(b, l, o);
    ExpirationDistribution e = ExpirationDistribution.of(f, ParticleSizeRange.LONG_RANGE);
    Samples d = e.diameter().sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(1000 + (long) l));
    double cn = e.cn();
    Samples aerosols = d.map(x -> cn * (Math.PI * x * x * x / 6) * 1e-12);
    double expected = expectedVolume(f);
    // upstream tolerance: rtol 1e-2
    assertThat(Math.abs(aerosols.mean() - expected))
        .as("mean %s vs analytic %s", aerosols.mean(), expected)
        .isLessThanOrEqualTo(1e-2 * expected);
  }
}
