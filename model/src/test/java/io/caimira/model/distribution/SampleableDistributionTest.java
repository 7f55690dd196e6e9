package io.caimira.model.distribution;

import static io.caimira.model.distribution.NumpyAssertions.assertClose;
import static io.caimira.model.distribution.NumpyAssertions.assertRowsClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.numeric.Grids;
import io.caimira.model.sample.Samples;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Port of upstream caimira/tests/test_sampleable_distribution.py: 2 000 000 samples, histograms (numpy
 * semantics) compared bin by bin with the exact density on the upstream bin selections and tolerances. A
 * fixed seed makes the run deterministic; the assertions are upstream's statistical ones.
 */
class SampleableDistributionTest {
  private static final int SAMPLE_SIZE = 2_000_000;

  /** Upstream test_custom / test_logcustomkernel: inverted parabola on (0, 10), peak 0.15, normalised. */
  private static final DoubleUnaryOperator PARABOLA = x -> (-(5 - x) * (5 - x) + 25) / (500.0 / 3.0);

  @Test
  void normal() {
    double mean = 1.0;
    double sd = 0.5;
    Samples s = new Normal(mean, sd).sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(101));
    assertThat(s.size()).isEqualTo(SAMPLE_SIZE);
    // upstream: mean and std rtol 0.01; histogram (100 bins) for centres in [0.25, 1.75] rtol 0.02
    assertClose(s.mean(), mean, 0.01, 0, "mean");
    assertClose(s.std(), sd, 0.01, 0, "std");
    DoubleUnaryOperator pdf =
        x -> 1 / (Math.sqrt(2 * Math.PI) * sd) * Math.exp(-((x - mean) / sd) * ((x - mean) / sd) / 2);
    assertRowsClose(Histogram.of(s.toArray(), 100).compare(0.25, 1.75, pdf), 0.02);
  }

  @Test
  void logNormal() {
    double mu = -0.6872121723362303;
    double sigma = 0.10498338229297108;
    LogNormal d = new LogNormal(mu, sigma);
    Samples s = d.sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(102));
    assertThat(s.size()).isEqualTo(SAMPLE_SIZE);
    // upstream: mean and std vs exact moments rtol 0.01; histogram (50 bins) in [0.4, 0.6] rtol 0.03
    assertClose(s.mean(), Math.exp(mu + sigma * sigma / 2), 0.01, 0, "mean");
    assertClose(
        s.std(),
        Math.sqrt((Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma)),
        0.01,
        0,
        "std");
    assertThat(d.mean()).isCloseTo(Math.exp(mu + sigma * sigma / 2), within(1e-15));
    DoubleUnaryOperator pdf =
        x ->
            1 / (x * Math.sqrt(2 * Math.PI) * sigma)
                * Math.exp(-((Math.log(x) - mu) / sigma) * ((Math.log(x) - mu) / sigma) / 2);
    assertRowsClose(Histogram.of(s.toArray(), 50).compare(0.4, 0.6, pdf), 0.03);
  }

  @Test
  void customRejectionSampling() {
    Samples s =
        new Custom(0, 10, PARABOLA, 0.15).sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(103));
    assertThat(s.size()).isEqualTo(SAMPLE_SIZE);
    // upstream test_custom[False]: 100 bins, centres in [1, 9], rtol 0.05
    assertRowsClose(Histogram.of(s.toArray(), 100).compare(1, 9, PARABOLA), 0.05);
  }

  @Test
  void customKernel() {
    double[] variable = Grids.linspace(0.1, 9.9, 100);
    double[] freq = new double[variable.length];
    for (int i = 0; i < variable.length; i++) {
      freq[i] = PARABOLA.applyAsDouble(variable[i]);
    }
    Samples s =
        new CustomKernel(variable, freq, 0.1).sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(104));
    assertThat(s.size()).isEqualTo(SAMPLE_SIZE);
    // upstream test_custom[True]: 100 bins, centres in [1, 9], rtol 0.05
    assertRowsClose(Histogram.of(s.toArray(), 100).compare(1, 9, PARABOLA), 0.05);
  }

  @Test
  void logCustomKernel() {
    double[] logVariable = Grids.linspace(0.1, 9.9, 100);
    double[] freq = new double[logVariable.length];
    for (int i = 0; i < logVariable.length; i++) {
      freq[i] = PARABOLA.applyAsDouble(logVariable[i]);
    }
    Samples s =
        new LogCustomKernel(logVariable, freq, 0.1)
            .sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(105));
    assertThat(s.size()).isEqualTo(SAMPLE_SIZE);
    // upstream test_logcustomkernel: histogram of log10(samples), 100 bins, centres in [1, 9], rtol 0.05
    double[] logs = s.map(Math::log10).toArray();
    assertRowsClose(Histogram.of(logs, 100).compare(1, 9, PARABOLA), 0.05);
  }

  @Test
  void logCustomReturnsPowersOfTen() {
    // Not upstream: LogCustom is the Custom sampler on log10 space, so log10 of its samples must follow the
    // pdf (same parabola, 100 bins, [1, 9], rtol 0.05 as test_custom).
    Samples s =
        new LogCustom(0, 10, PARABOLA, 0.15).sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(106));
    assertRowsClose(Histogram.of(s.map(Math::log10).toArray(), 100).compare(1, 9, PARABOLA), 0.05);
  }

  @Test
  void uniformStaysInItsBoundsWithExactMoments() {
    // Not upstream (np.random.uniform is trusted there): 1e6 draws, mean and sd within 5 standard errors.
    Samples s = new Uniform(10, 100).sample(1_000_000, MonteCarloRandom.withSeed(107));
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.get(i)).isBetween(10.0, 100.0);
    }
    double sd = 90 / Math.sqrt(12);
    assertClose(s.mean(), 55, 0, 5 * sd / 1000, "mean");
    assertClose(s.std(), sd, 0.005, 0, "std");
  }
}
