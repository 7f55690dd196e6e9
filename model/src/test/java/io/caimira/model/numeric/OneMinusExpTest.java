package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link OneMinusExp} against {@code -Math.expm1(-x)} (the JDK's, within one unit in the last place of the exact
 * value), range by range, on a million random points each: the series within 2 ulps, the doublings within 4, the
 * complement of {@code Math.exp} within 2 (the bounds the measured worst cases fit; Monte-Carlo noise is 1e-3).
 */
class OneMinusExpTest {

  private static int worstUlps(DoubleSupplier points, int count) {
    int worst = 0;
    for (int i = 0; i < count; i++) {
      double x = points.getAsDouble();
      double expected = -Math.expm1(-x);
      double ulps = Math.abs(OneMinusExp.of(x) - expected) / Math.ulp(expected);
      worst = Math.max(worst, (int) Math.ceil(ulps));
    }
    return worst;
  }

  @Test
  void theSeriesIsWithinTwoUlpsOfExpm1() {
    SplittableRandom random = new SplittableRandom(3);
    // uniform on the range, and log-uniform down to 1e-300 (where the first term alone counts)
    assertThat(worstUlps(() -> random.nextDouble(0, OneMinusExp.SERIES_LIMIT), 1_000_000)).isLessThanOrEqualTo(2);
    assertThat(worstUlps(() -> OneMinusExp.SERIES_LIMIT * Math.pow(10, -random.nextDouble(0, 300)), 1_000_000))
        .isLessThanOrEqualTo(2);
    assertThat(OneMinusExp.of(0.0)).isEqualTo(0.0);
    assertThat(worstUlps(() -> OneMinusExp.SERIES_LIMIT, 1)).isLessThanOrEqualTo(2);
  }

  @Test
  void theDoublingsAreWithinFourUlpsOfExpm1() {
    SplittableRandom random = new SplittableRandom(4);
    assertThat(worstUlps(() -> random.nextDouble(OneMinusExp.SERIES_LIMIT, OneMinusExp.EXP_FROM), 1_000_000))
        .isLessThanOrEqualTo(4);
    // the ends of each number of doublings
    for (double end : new double[] {0.0625, 0.125, 0.25, 0.5}) {
      for (double x : new double[] {Math.nextDown(end), Math.nextUp(end)}) {
        assertThat(worstUlps(() -> x, 1)).as("x = %s", x).isLessThanOrEqualTo(4);
      }
    }
    assertThat(worstUlps(() -> Math.nextDown(OneMinusExp.EXP_FROM), 1)).isLessThanOrEqualTo(4);
  }

  @Test
  void fromLn2OnTheComplementOfExpIsWithinTwoUlpsOfExpm1() {
    SplittableRandom random = new SplittableRandom(5);
    assertThat(worstUlps(() -> random.nextDouble(OneMinusExp.EXP_FROM, 50), 1_000_000)).isLessThanOrEqualTo(2);
    assertThat(OneMinusExp.of(OneMinusExp.EXP_FROM)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(2e-16));
    assertThat(OneMinusExp.of(800)).isEqualTo(1.0);
    assertThat(OneMinusExp.of(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
  }

  @Test
  void negativeArgumentsAndNaNAreExpm1s() {
    for (double x : new double[] {-1e-3, -2, -800}) {
      assertThat(OneMinusExp.of(x)).isEqualTo(-Math.expm1(-x));
    }
    assertThat(OneMinusExp.of(Double.NaN)).isNaN();
  }
}
