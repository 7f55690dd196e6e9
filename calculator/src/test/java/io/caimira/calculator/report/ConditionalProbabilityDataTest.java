package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.exposure.ConditionalProbability;
import io.caimira.model.sample.Samples;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * P(I) binned by log10 viral load: open bins (v − 0.04, v + 0.04) around np.arange(2, 10, 0.08) with upstream's
 * predicate (v − step/2 − x)·(v + step/2 − x) &lt; 0, np.quantile linear. Expected values computed with numpy
 * 2.4.6 from upstream's conditional_prob_inf_given_vl_dist.
 */
class ConditionalProbabilityDataTest {

  @Test
  void handComputedBins() {
    // viral loads 10^[2, 2.05, 2.07, 2.1, 2.5, 2.52, 2.55, 9.95, 10] as numpy computes them
    Samples vl = Samples.of(100.0, 112.2018454301963, 117.48975549395291, 125.89254117941675, 316.22776601683796,
        331.1311214825911, 354.8133892335753, 8912509381.33744, 10000000000.0);
    double[] p = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    ConditionalProbabilityData d = ConditionalProbabilityData.of(p, vl, true);
    assertThat(d.viralLoads()).hasSize(100);
    assertThat(d.viralLoads()[99]).isEqualTo(9.920000000000007);
    // bin 0 (1.96, 2.04): {1}
    assertThat(d.piMeans()[0]).isEqualTo(1);
    // bin 1 (2.04, 2.12): {2, 3, 4} -> mean 3, quantiles 2.1 and 3.9
    assertThat(d.piMeans()[1]).isEqualTo(3);
    assertThat(d.lowerPercentiles()[1]).isEqualTo(2.1);
    assertThat(d.upperPercentiles()[1]).isEqualTo(3.9);
    // bin 6 (centre 2.4800000000000004): 2.5 and 2.52 (the rounded upper edge 2.5200000000000005 keeps it)
    assertThat(d.piMeans()[6]).isEqualTo(5.5);
    assertThat(d.lowerPercentiles()[6]).isEqualTo(5.05);
    assertThat(d.upperPercentiles()[6]).isEqualTo(5.95);
    // bin 7: only 2.55
    assertThat(d.piMeans()[7]).isEqualTo(7);
    // bin 99 (9.88, 9.96): 9.95; log10 = 10 lies in no bin
    assertThat(d.piMeans()[99]).isEqualTo(8);
    // empty bins: NaN (serialised as null)
    assertThat(d.piMeans()[50]).isNaN();
    assertThat(d.lowerPercentiles()[50]).isNaN();
    assertThat(d.log10ViralLoads()).hasSize(9);
    assertThat(d.log10ViralLoads()[0]).isEqualTo(2);
    assertThat(ConditionalProbabilityData.of(p, vl, false).log10ViralLoads()).isNull();
  }

  @Test
  void agreesWithTheModelsBinning() {
    int n = 20_000;
    SplittableRandom r = new SplittableRandom(3);
    double[] vl = new double[n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      vl[i] = Math.pow(10, 2 + 8 * r.nextDouble());
      p[i] = 100 * r.nextDouble() * r.nextDouble();
    }
    ConditionalProbabilityData d = ConditionalProbabilityData.of(p, Samples.of(vl), false);
    ConditionalProbability model = ConditionalProbability.forReport(Samples.of(p), Samples.of(vl));
    // same predicate; the centres differ in the last bits (2 + b·0.08 vs numpy's fill) and the model's quantile
    // interpolates from below only: agreement to 1e-12 relative
    for (int b = 0; b < 100; b++) {
      assertThat(d.viralLoads()[b]).isCloseTo(model.log10ViralLoads()[b], within(1e-13));
      assertThat(d.piMeans()[b]).isCloseTo(model.means()[b], within(1e-12 * model.means()[b]));
      assertThat(d.lowerPercentiles()[b]).isCloseTo(model.lowerPercentiles()[b], within(1e-12));
      assertThat(d.upperPercentiles()[b]).isCloseTo(model.upperPercentiles()[b], within(1e-12));
    }
  }
}
