package io.caimira.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.numeric.LinearTable;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The exact inversion of a tabulated density against that density's own cumulative distribution (integrated
 * here independently by the trapezoid rule on a fine grid, exact for a piecewise-linear density up to rounding)
 * and against the rejection sampler it replaces. Kolmogorov–Smirnov bound: 1.95/√n is the 0.1 % critical value.
 */
class PiecewiseLinearInversionTest {
  private static final int DRAWS = 400_000;

  @Test
  void viralLoadDrawsFollowTheTabulatedWeibullOnItsBounds() {
    Custom log10 = ViralLoads.COVID_OVERALL.log10Distribution();
    assertThat(log10.drawnByInversion()).isTrue();
    assertFollowsDensity(log10, WeibullViralLoadPdf::pdf, ViralLoads.LOG10_MIN, ViralLoads.LOG10_MAX);
  }

  @Test
  void conversationalDistanceDrawsFollowTheTable() {
    assertThat(ConversationalDistance.DISTRIBUTION.drawnByInversion()).isTrue();
    assertFollowsDensity(ConversationalDistance.DISTRIBUTION, ConversationalDistance::pdf,
        ConversationalDistance.MINIMUM, ConversationalDistance.MAXIMUM);
  }

  @Test
  void inversionAndRejectionSampleTheSameDistribution() {
    Custom rejection = new Custom(ViralLoads.LOG10_MIN, ViralLoads.LOG10_MAX, WeibullViralLoadPdf::pdf,
        ViralLoads.MAX_FUNCTION);
    assertThat(rejection.drawnByInversion()).isFalse();
    double[] a = draws(rejection, 1);
    double[] b = draws(ViralLoads.COVID_OVERALL.log10Distribution(), 2);
    Arrays.sort(a);
    Arrays.sort(b);
    double d = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] <= b[j]) {
        i++;
      } else {
        j++;
      }
      d = Math.max(d, Math.abs(i - j) / (double) DRAWS);
    }
    // two-sample KS, 0.1 % critical value 1.95·√(2/n)
    assertThat(d).isLessThan(1.95 * Math.sqrt(2.0 / DRAWS));
  }

  @Test
  void tablesItCannotInvertFallBackToRejection() {
    LinearTable table = new LinearTable(new double[] {0, 1, 2}, new double[] {0, 1, 0}, 0, 0);
    assertThat(Custom.tabulated(0, 2, table, 2).drawnByInversion()).isTrue();
    assertThat(Custom.tabulated(-1, 2, table, 2).drawnByInversion()).as("range beyond the table").isFalse();
    assertThat(Custom.tabulated(0, 2, table, 0.5).drawnByInversion()).as("density above the envelope").isFalse();
  }

  @Test
  void aTriangleIsInvertedExactly() {
    // density 1 − |x − 1| on [0, 2]: CDF x²/2 below 1; the draw for u is √(2u)
    LinearTable table = new LinearTable(new double[] {0, 1, 2}, new double[] {0, 1, 0}, 0, 0);
    PiecewiseLinearInversion inversion = PiecewiseLinearInversion.of(table, 0, 2, 1).orElseThrow();
    ChunkRandom random = ChunkRandom.seeded(3);
    ChunkRandom same = ChunkRandom.seeded(3);
    for (int i = 0; i < 10_000; i++) {
      double u = same.nextDouble();
      double expected = u < 0.5 ? Math.sqrt(2 * u) : 2 - Math.sqrt(2 * (1 - u));
      assertThat(inversion.draw(random)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  private static double[] draws(Custom distribution, long seed) {
    double[] out = new double[DRAWS];
    distribution.fill(out, 0, DRAWS, ChunkRandom.seeded(seed));
    return out;
  }

  private static void assertFollowsDensity(Custom distribution, java.util.function.DoubleUnaryOperator pdf,
      double low, double high) {
    double[] x = draws(distribution, 7);
    Arrays.sort(x);
    assertThat(x[0]).isGreaterThanOrEqualTo(low);
    assertThat(x[DRAWS - 1]).isLessThanOrEqualTo(high);
    int grid = 200_000;
    double h = (high - low) / grid;
    double[] cdf = new double[grid + 1];
    for (int k = 0; k < grid; k++) {
      cdf[k + 1] = cdf[k] + 0.5 * h * (pdf.applyAsDouble(low + k * h) + pdf.applyAsDouble(low + (k + 1) * h));
    }
    double total = cdf[grid];
    double d = 0;
    for (int i = 0; i < DRAWS; i++) {
      double position = (x[i] - low) / h;
      int k = Math.min(grid - 1, (int) position);
      double f = (cdf[k] + (position - k) * (cdf[k + 1] - cdf[k])) / total;
      d = Math.max(d, Math.max(Math.abs(f - i / (double) DRAWS), Math.abs(f - (i + 1) / (double) DRAWS)));
    }
    assertThat(d).as("Kolmogorov-Smirnov distance").isLessThan(1.95 / Math.sqrt(DRAWS));
  }

  /**
   * The fine guide (one comparison per draw) gives the same draws, bit for bit, as the coarse guide with a search
   * loop: on the viral-load and distance tables' shapes and on tables with segments far narrower than a bucket.
   */
  @Test
  void theOneStepGuideDrawsWhatTheSearchDraws() {
    java.util.SplittableRandom shape = new java.util.SplittableRandom(4);
    for (int table = 0; table < 40; table++) {
      int knots = 2 + shape.nextInt(60);
      double[] x = new double[knots];
      double[] f = new double[knots];
      for (int k = 0; k < knots; k++) {
        // some segments a millionth as wide as the others, some densities zero
        x[k] = k == 0 ? 0 : x[k - 1] + (shape.nextInt(5) == 0 ? 1e-6 : shape.nextDouble(0.1, 2));
        f[k] = shape.nextInt(6) == 0 ? 0 : shape.nextDouble(0, 3);
      }
      f[knots / 2] = 1; // some area
      PiecewiseLinearInversion fine = new PiecewiseLinearInversion(x, f, true);
      PiecewiseLinearInversion coarse = new PiecewiseLinearInversion(x, f, false);
      ChunkRandom a = ChunkRandom.seeded(table);
      ChunkRandom b = ChunkRandom.seeded(table);
      for (int i = 0; i < 20_000; i++) {
        double expected = coarse.draw(b);
        assertThat(fine.draw(a)).as("table %d draw %d", table, i).isEqualTo(expected);
      }
    }
  }
}
