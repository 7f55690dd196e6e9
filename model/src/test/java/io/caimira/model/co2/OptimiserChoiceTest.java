package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.junit.jupiter.api.Test;

/**
 * Evidence for choosing {@link BoundedPowell} over Hipparchus' bounded optimiser: BOBYQA cannot
 * handle one unknown, and where the minimum is not unique it settles on a different point than
 * scipy's Powell, which our port reproduces (expected values from scipy 1.17.1, see {@link
 * BoundedPowellTest}).
 */
class OptimiserChoiceTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  private static PointValuePair bobyqa(
      java.util.function.ToDoubleFunction<double[]> f, int n, double[] x0) {
    double[] lower = new double[n];
    double[] upper = new double[n];
    java.util.Arrays.fill(upper, INF);
    return new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-6)
        .optimize(
            new MaxEval(1000 * n),
            new ObjectiveFunction(f::applyAsDouble),
            GoalType.MINIMIZE,
            new InitialGuess(x0),
            new SimpleBounds(lower, upper));
  }

  @Test
  void bobyqaNeedsAtLeastTwoUnknowns() {
    assertThatThrownBy(() -> bobyqa(x -> (x[0] - 3) * (x[0] - 3), 1, new double[] {1}))
        .isInstanceOf(MathIllegalArgumentException.class);
  }

  @Test
  void onWellPosedProblemsBothReachTheMinimum() {
    // quad3 of BoundedPowellTest: constrained minimum with x1 on the bound
    var f = BoundedPowellTest.quad(new double[] {2, -1, 0.5}, new double[] {1, 2, 3});
    PointValuePair b = bobyqa(f, 3, new double[] {1, 1, 1});
    PowellResult p = BoundedPowell.minimiseNonNegative(f, 3);
    // BOBYQA lands on the exact minimum 2.482142857…; Powell with upstream's xtol = 1e-3 stops
    // ~7e-6 above it, exactly where scipy stops (2.482149765556801): close, but not the same digits.
    assertThat(b.getValue()).isCloseTo(p.value(), within(1e-5));
    assertThat(p.value()).isCloseTo(2.482149765556801, within(1e-9));
  }

  @Test
  void onAFlatValleyOnlyThePowellPortFollowsScipy() {
    // minima on the line x0 + x1 = 3; scipy's Powell returns (2.000118578351852, 0.9998814216481485)
    var f = (java.util.function.ToDoubleFunction<double[]>) x -> Math.pow(x[0] + x[1] - 3, 2);
    PointValuePair b = bobyqa(f, 2, new double[] {1, 1});
    PowellResult p = BoundedPowell.minimiseNonNegative(f, 2);

    assertThat(p.point()[0]).isCloseTo(2.000118578351852, within(1e-9));
    assertThat(Math.abs(b.getPoint()[0] - 2.000118578351852)).isGreaterThan(1e-3);
  }
}
