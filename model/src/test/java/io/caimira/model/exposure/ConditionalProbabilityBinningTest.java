package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.sample.Samples;
import org.junit.jupiter.api.Test;

/** Binning and percentile semantics of {@link ConditionalProbability} on hand-made samples (exact values). */
class ConditionalProbabilityBinningTest {

  @Test
  void binsAreOpenIntervalsAroundTheCentres() {
    // log10 viral loads 2.97, 3.0, 3.03, just above 3.04 (outside (2.96, 3.04)), 5.0
    Samples vl = Samples.of(Math.pow(10, 2.97), 1e3, Math.pow(10, 3.03), Math.pow(10, 3.04 + 1e-12), 1e5);
    Samples p = Samples.of(0.1, 0.2, 0.3, 0.9, 0.5);
    ConditionalProbability c = ConditionalProbability.of(p, vl, new double[] {3, 5, 7}, 0.08);
    assertThat(c.means()[0]).isCloseTo(0.2, within(1e-15));
    assertThat(c.lowerPercentiles()[0]).isCloseTo(0.1 + 0.1 * 0.1, within(1e-15)); // h = 2·0.05 = 0.1
    assertThat(c.upperPercentiles()[0]).isCloseTo(0.2 + 0.9 * 0.1, within(1e-15)); // h = 1.9
    assertThat(c.means()[1]).isEqualTo(0.5);
    assertThat(c.lowerPercentiles()[1]).isEqualTo(0.5);
    assertThat(c.means()[2]).isNaN();
  }

  @Test
  void quantileInterpolatesLinearlyBetweenOrderStatistics() {
    double[] sorted = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(ConditionalProbability.quantile(sorted, 0.05)).isCloseTo(0.5, within(1e-15));
    assertThat(ConditionalProbability.quantile(sorted, 0.95)).isCloseTo(9.5, within(1e-15));
    assertThat(ConditionalProbability.quantile(sorted, 1.0)).isEqualTo(10);
  }

  @Test
  void reportBinsSpanTwoToTen() {
    ConditionalProbability c = ConditionalProbability.forReport(Samples.of(0.5, 0.5), Samples.of(1e2, 1e9));
    assertThat(c.log10ViralLoads()).hasSize(100);
    assertThat(c.log10ViralLoads()[0]).isEqualTo(2.0);
    assertThat(c.log10ViralLoads()[99]).isCloseTo(9.92, within(1e-12));
  }
}
