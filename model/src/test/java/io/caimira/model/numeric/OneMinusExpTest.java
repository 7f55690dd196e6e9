package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link OneMinusExp} against {@code -Math.expm1(-x)} (the JDK's, within one unit in the last place of the exact
 * value), range by range, on a million random points each: the series and the complement of {@link TableExp} within
 * 3 ulps (the bound the measured worst cases fit; Monte-Carlo noise is 1e-3).
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
  void theSeriesIsWithinThreeUlpsOfExpm1UpToLn2() {
    SplittableRandom random = new SplittableRandom(3);
    // uniform on the range, near its end, and log-uniform down to 1e-300 (where the first term alone counts)
    assertThat(worstUlps(() -> random.nextDouble(0, OneMinusExp.EXP_FROM), 1_000_000)).isLessThanOrEqualTo(3);
    assertThat(worstUlps(() -> random.nextDouble(0.6, OneMinusExp.EXP_FROM), 1_000_000)).isLessThanOrEqualTo(3);
    assertThat(worstUlps(() -> OneMinusExp.EXP_FROM * Math.pow(10, -random.nextDouble(0, 300)), 1_000_000))
        .isLessThanOrEqualTo(3);
    assertThat(OneMinusExp.of(0.0)).isEqualTo(0.0);
    assertThat(OneMinusExp.of(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
    assertThat(worstUlps(() -> OneMinusExp.EXP_FROM, 1)).isLessThanOrEqualTo(3);
  }

  @Test
  void beyondLn2TheComplementOfExpIsWithinThreeUlpsOfExpm1() {
    SplittableRandom random = new SplittableRandom(5);
    assertThat(worstUlps(() -> random.nextDouble(OneMinusExp.EXP_FROM, 2), 1_000_000)).isLessThanOrEqualTo(3);
    assertThat(worstUlps(() -> random.nextDouble(OneMinusExp.EXP_FROM, 50), 1_000_000)).isLessThanOrEqualTo(3);
    assertThat(worstUlps(() -> Math.nextUp(OneMinusExp.EXP_FROM), 1)).isLessThanOrEqualTo(3);
    assertThat(OneMinusExp.of(OneMinusExp.EXP_FROM)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(2e-16));
    assertThat(OneMinusExp.of(800)).isEqualTo(1.0);
    assertThat(OneMinusExp.of(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
  }

  @Test
  void isMonotoneAcrossTheBranchPoint() {
    double x = OneMinusExp.EXP_FROM;
    double below = OneMinusExp.of(Math.nextDown(x));
    double at = OneMinusExp.of(x);
    double above = OneMinusExp.of(Math.nextUp(x));
    assertThat(below).isLessThanOrEqualTo(at);
    assertThat(at).isLessThanOrEqualTo(above);
  }

  @Test
  void negativeArgumentsAndNaNAreExpm1s() {
    for (double x : new double[] {-1e-3, -2, -800}) {
      assertThat(OneMinusExp.of(x)).isEqualTo(-Math.expm1(-x));
    }
    assertThat(OneMinusExp.of(Double.NaN)).isNaN();
  }
}
