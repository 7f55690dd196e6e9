package io.caimira.model.distribution;

import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.aerosol.MaskType;

import static io.caimira.model.distribution.NumpyAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.sample.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Port of upstream caimira/tests/test_predefined_distributions.py (1 000 000 samples, atol 0.01). Expected
 * values: Henriques et al. (https://doi.org/10.1101/2021.10.14.21264988), Table 3, as in the upstream test
 * (Moderate activity sd 0.34, corrected from the report's 0.37).
 */
class PredefinedDistributionsTest {
  private static final int SAMPLE_SIZE = 1_000_000;

  @ParameterizedTest
  @CsvSource({
    "Seated, 0.51, 0.053",
    "Standing, 0.57, 0.053",
    "Light activity, 1.24, 0.12",
    "Moderate activity, 1.77, 0.34",
    "Heavy exercise, 3.28, 0.72"
  })
  void breathingRates(String activity, double mean, double sd) {
    Samples s =
        PhysicalActivity.fromLabel(activity)
            .breathingRateDistribution()
            .sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(activity.hashCode()));
    assertClose(s.mean(), mean, 0, 0.01, activity + " mean");
    assertClose(s.std(), sd, 0, 0.01, activity + " std");
  }

  @Test
  void viralLoadLog10Moments() {
    // upstream test_viral_load_logdistribution: log10 mean 6.22, sd 1.80, atol 0.01 (same for every variant,
    // which all use COVID_OVERALL)
    Samples log10 =
        ViralLoads.COVID_OVERALL
            .sample(SAMPLE_SIZE, MonteCarloRandom.withSeed(2022))
            .map(Math::log10);
    assertClose(log10.mean(), 6.22, 0, 0.01, "log10 viral load mean");
    assertClose(log10.std(), 1.80, 0, 0.01, "log10 viral load std");
  }

  @Test
  void viralLoadGridEndpoints() {
    // physics.md §2: grid = linspace(weibull.ppf(0.01), weibull.ppf(0.99), 30) = [1.861990880637661 …
    // 10.885668453245158] (scipy values); tolerance 1e-13 absolute (a few ulps of pow/log1p).
    double[] grid = WeibullViralLoadPdf.grid();
    assertThat(grid).hasSize(30);
    assertThat(grid[0]).isCloseTo(1.861990880637661, within(1e-13));
    assertThat(grid[29]).isCloseTo(10.885668453245158, within(1e-13));
    // Envelope validity: max_function 0.2 is above the tabulated maximum ≈ 0.1903 (physics.md §2).
    double max = 0;
    for (double v : WeibullViralLoadPdf.values()) {
      max = Math.max(max, v);
    }
    assertThat(max).isCloseTo(0.1903, within(5e-5)).isLessThan(ViralLoads.MAX_FUNCTION);
    // Zero outside the grid (np.interp left = right = 0), exact at grid points.
    assertThat(WeibullViralLoadPdf.pdf(1.8)).isZero();
    assertThat(WeibullViralLoadPdf.pdf(10.9)).isZero();
    assertThat(WeibullViralLoadPdf.pdf(grid[7])).isEqualTo(WeibullViralLoadPdf.values()[7]);
  }

  @Test
  void weibullClosedForms() {
    // scipy.stats.weibull_min with c = 3.47, scale = 7.01: ppf(cdf(x)) = x and pdf = d/dx cdf (central
    // difference, rtol 1e-7).
    double c = WeibullViralLoadPdf.SHAPE;
    double s = WeibullViralLoadPdf.SCALE;
    for (double x : new double[] {1.0, 5.0, 9.0}) {
      double cdf = -Math.expm1(-Math.pow(x / s, c));
      assertThat(WeibullViralLoadPdf.weibullQuantile(cdf, c, s)).isCloseTo(x, within(1e-12));
      double h = 1e-5;
      double derivative =
          (-Math.expm1(-Math.pow((x + h) / s, c)) + Math.expm1(-Math.pow((x - h) / s, c))) / (2 * h);
      assertClose(WeibullViralLoadPdf.weibullDensity(x, c, s), derivative, 1e-7, 0, "pdf at " + x);
    }
  }

  @Test
  void conversationalDistanceTable() {
    // physics.md §2: np.interp on [0.5, 0.6, …, 2.0] with the 16 tabulated frequencies, 0 outside; exact.
    double[] expected = {
      0.0598036, 0.0946154, 0.1299152, 0.1064905, 0.1099066, 0.0998209, 0.0845298, 0.0479286,
      0.0406084, 0.039795, 0.0205997, 0.0152316, 0.0118155, 0.0118155, 0.018485, 0.0205997
    };
    double[] d = ConversationalDistance.distances();
    assertThat(d).hasSize(16);
    for (int i = 0; i < 16; i++) {
      assertThat(ConversationalDistance.pdf(d[i])).isEqualTo(expected[i]);
    }
    assertThat(ConversationalDistance.pdf(0.65)).isCloseTo((0.0946154 + 0.1299152) / 2, within(1e-15));
    assertThat(ConversationalDistance.pdf(0.49)).isZero();
    assertThat(ConversationalDistance.pdf(2.01)).isZero();
    assertThat(ConversationalDistance.MAX_FUNCTION).isGreaterThan(0.1299152);
  }

  @Test
  void conversationalDistanceSampleMean() {
    // Not upstream: the rejection sampler must follow the interpolated density, so the sample mean equals
    // ∫x·f / ∫f of the piecewise-linear f (exact by segment); 1e6 samples, atol 0.002 (≈ 5 standard errors).
    double[] x = ConversationalDistance.distances();
    double[] f = ConversationalDistance.frequencies();
    double m0 = 0;
    double m1 = 0;
    for (int i = 0; i + 1 < x.length; i++) {
      double h = x[i + 1] - x[i];
      m0 += h * (f[i] + f[i + 1]) / 2;
      m1 += h * (f[i] * (2 * x[i] + x[i + 1]) + f[i + 1] * (x[i] + 2 * x[i + 1])) / 6;
    }
    Samples s = ConversationalDistance.DISTRIBUTION.sample(1_000_000, MonteCarloRandom.withSeed(5));
    assertClose(s.mean(), m1 / m0, 0, 0.002, "distance mean");
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.get(i)).isBetween(0.5, 2.0);
    }
  }

  @Test
  void otherPredefinedParameters() {
    // physics.md §2 / §9.3 table values, exact.
    assertThat(VirusDistributions.INFECTIOUS_DOSE).isEqualTo(new Uniform(10, 100));
    assertThat(VirusDistributions.VIABLE_TO_RNA_RATIO).isEqualTo(new Uniform(0.01, 0.6));
    assertThat(MaskType.fromLabel("Type I").inhaleDistribution()).contains(new Uniform(0.25, 0.80));
    assertThat(MaskType.FFP2.inhaleDistribution()).contains(new Uniform(0.83, 0.91));
    assertThat(MaskType.CLOTH.inhaleDistribution()).contains(new Uniform(0.05, 0.40));
    assertThat(MaskType.CLOTH.exhaleDistribution()).contains(new Uniform(0.20, 0.50));
    assertThat(MaskType.TYPE_I.exhaleDistribution()).isEmpty();
    assertThat(MaskType.NO_MASK.inhaleDistribution()).isEmpty();
    assertThat(ViralLoads.symptomaticLog10Values()).hasSize(38).startsWith(2.46032).endsWith(9.87552);
    assertThat(ViralLoads.symptomaticWeights()).hasSize(38).startsWith(0.001206885).endsWith(0.002807662);
    assertThat(ViralLoads.SYMPTOMATIC_FREQUENCIES.log10Kernel().bandwidth()).isEqualTo(0.1);
    assertThat(PhysicalActivity.HEAVY_EXERCISE.breathingRateDistribution())
        .isEqualTo(new LogNormal(1.1644665696723049, 0.21744554768657565));
  }

  @Test
  void symptomaticViralLoadKernelFollowsItsWeights() {
    // Not upstream (registry-only distribution): the log10 sample mean equals the weighted mean of the 38
    // log10 values (the Gaussian kernel has zero mean); 1e6 samples, atol 0.01 (≈ 5 standard errors).
    double[] v = ViralLoads.symptomaticLog10Values();
    double[] w = ViralLoads.symptomaticWeights();
    double sw = 0;
    double swv = 0;
    for (int i = 0; i < v.length; i++) {
      sw += w[i];
      swv += w[i] * v[i];
    }
    Samples log10 =
        ViralLoads.SYMPTOMATIC_FREQUENCIES
            .sample(1_000_000, MonteCarloRandom.withSeed(9))
            .map(Math::log10);
    assertClose(log10.mean(), swv / sw, 0, 0.01, "log10 mean");
  }
}
