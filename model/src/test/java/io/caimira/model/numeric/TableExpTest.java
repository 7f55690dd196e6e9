package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TableExp} against {@link StrictMath#exp} (fdlibm, within one unit in the last place of the exact value):
 * within 2 ulps on four million random arguments over its whole range, most of them where the draws use it (the
 * log-normal exponents and 10^x of viral loads and diameters, |x| below 30), and the fallback beyond.
 */
class TableExpTest {
  @Test
  void withinTwoUlpsOfStrictMath() {
    SplittableRandom random = new SplittableRandom(11);
    double worst = 0;
    for (int i = 0; i < 4_000_000; i++) {
      double x = switch (i % 4) {
        case 0 -> random.nextDouble(-TableExp.LIMIT, TableExp.LIMIT);
        case 1 -> random.nextDouble(-30, 30);
        case 2 -> random.nextDouble(-1, 1);
        default -> Math.scalb(random.nextDouble(-1, 1), -random.nextInt(60));
      };
      double expected = StrictMath.exp(x);
      worst = Math.max(worst, Math.abs(TableExp.exp(x) - expected) / Math.ulp(expected));
    }
    assertThat(worst).isLessThanOrEqualTo(2.0);
  }

  @Test
  void exactPointsAndTheFallback() {
    assertThat(TableExp.exp(0.0)).isEqualTo(1.0);
    assertThat(TableExp.exp(-0.0)).isEqualTo(1.0);
    for (double x : new double[] {TableExp.LIMIT, -TableExp.LIMIT, 709.7, -745.0, 800, -800,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThat(TableExp.exp(x)).as("x = %s", x).isEqualTo(StrictMath.exp(x));
    }
    assertThat(TableExp.exp(Double.NaN)).isNaN();
    // just inside the limit: still normal numbers, within 2 ulps
    for (double x : new double[] {Math.nextDown(TableExp.LIMIT), -Math.nextDown(TableExp.LIMIT)}) {
      double expected = StrictMath.exp(x);
      assertThat(Math.abs(TableExp.exp(x) - expected)).isLessThanOrEqualTo(2 * Math.ulp(expected));
    }
  }
}
