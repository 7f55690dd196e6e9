package io.caimira.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.concentration.ConstructedTemperatures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Port of upstream caimira/tests/models/test_piecewiseconstant.py (semantics in physics.md §1.1). All checks are
 * exact, as upstream's.
 *
 * <p>Not ported: upstream's vectorised cases (values that are arrays: the "All values must have the same shape"
 * error and the vectorised refine) — our PiecewiseConstant holds scalar values only, by design.
 */
class PiecewiseConstantTest {

  private static final double[] TIMES = {0, 8, 16, 24};
  private static final double[] VALUES = {2, 5, 8};

  @Test
  void rejectsInconsistentArguments() {
    // upstream test_piecewiseconstantfunction_wrongarguments (scalar cases)
    // one more transition time than values is required
    assertThatThrownBy(() -> new PiecewiseConstant(new double[] {0, 1}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must contain one more element than values");
    assertThatThrownBy(() -> new PiecewiseConstant(new double[] {0}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must contain one more element than values");
    // duplicated and unsorted transition times
    assertThatThrownBy(() -> new PiecewiseConstant(new double[] {0, 2, 2}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must not contain duplicated elements and must be sorted");
    assertThatThrownBy(() -> new PiecewiseConstant(new double[] {2, 0}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must not contain duplicated elements and must be sorted");
    // Vectorised values of different shapes: not applicable (scalar values only in our design).
  }

  @Test
  void unsortedTimesAreRejectedAsUpstreamWithTheirValueCount() {
    // upstream test_piecewiseconstantfunction_wrongarguments: (2, 0) with two values fails as well (there on the
    // count check, which comes first)
    assertThatThrownBy(() -> new PiecewiseConstant(new double[] {2, 0}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must contain one more element than values");
  }

  @ParameterizedTest(name = "value({0}) = {1}")
  @CsvSource({"10, 5", "20.5, 8", "8, 2", "0, 2", "24, 8", "-1, 2", "25, 8"})
  void valueOnSegmentsAndOutsideTheSpan(double time, double expected) {
    // upstream test_piecewiseconstant: exact; segments are (start, end], the end values extend outwards
    assertThat(new PiecewiseConstant(TIMES, VALUES).value(time)).isEqualTo(expected);
  }

  @Test
  void refineInterpolatesLinearlyFromTheLeftBoundaries() {
    // upstream test_piecewiseconstant_interp: exact
    PiecewiseConstant refined = new PiecewiseConstant(TIMES, VALUES).refine(2);
    assertThat(refined.transitionTimes()).containsExactly(0, 4, 8, 12, 16, 20, 24);
    assertThat(refined.values()).containsExactly(2, 3.5, 5, 6.5, 8, 8);
  }

  @Test
  void refineByTheDefaultFactorGivesTenSegmentsPerSegment() {
    // physics.md §1.1 (refine_factor = 10 by default); upstream's weather data use it (241 times for 24 hours)
    PiecewiseConstant hourly = ConstructedTemperatures.hourly(ConstructedTemperatures.COLD_DAY);
    PiecewiseConstant refined = hourly.refine();
    assertThat(refined.transitionTimes()).hasSize(241);
    // on (6, 6.1] the refined value is the knot at 6 h itself, i.e. the hourly value on (6, 7]
    assertThat(refined.value(6.05)).isEqualTo(hourly.value(6.05));
    // the value on (6.9, 7] is the interpolation at 6.9: 10 % of the way from the 6 h value to the 7 h value
    double expected = hourly.values()[6] + 0.9 * (hourly.values()[7] - hourly.values()[6]);
    assertThat(refined.value(7.0)).isCloseTo(expected, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, 8, 10, 16, 20.1, 24})
  void constantFunction(double time) {
    // upstream test_constantfunction: exact
    assertThat(new PiecewiseConstant(new double[] {0, 24}, new double[] {20}).value(time)).isEqualTo(20);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, 8, 10, 16, 20.1, 24})
  void nonZeroSegmentsFormAnInterval(double time) {
    // upstream test_piecewiseconstant_vs_interval: exact
    PiecewiseConstant fun = new PiecewiseConstant(TIMES, new double[] {0, 1, 0});
    SpecificInterval interval = SpecificInterval.of(8, 16);
    assertThat(fun.interval().transitionTimes()).containsExactly(interval.transitionTimes());
    assertThat(fun.interval().triggered(time)).isEqualTo(interval.triggered(time));
  }

  @Test
  void transitionTimesOfANowhereZeroFunctionEqualItsIntervalTransitions() {
    // upstream test_piecewiseconstant_transition_times used the refined Geneva January temperatures; any
    // temperature in kelvin is non-zero, so a constructed refined table shows the same property (exact).
    PiecewiseConstant outside = ConstructedTemperatures.hourly(ConstructedTemperatures.COLD_DAY).refine();
    double[] times = outside.transitionTimes();
    assertThat(outside.interval().transitionTimes()).containsExactly(times);
    assertThat(Arrays.stream(times).distinct().count()).isEqualTo(times.length);
  }

  @Test
  void intPiecewiseConstantIsZeroOutsideItsSpan() {
    // physics.md §1.1 (IntPiecewiseConstant): value 0 at or before the first time and after the last
    IntPiecewiseConstant number = new IntPiecewiseConstant(new double[] {9, 10, 11, 12, 13, 17},
        new int[] {3, 2, 3, 0, 2});
    assertThat(number.value(9)).isZero();
    assertThat(number.value(9.5)).isEqualTo(3);
    assertThat(number.value(10)).isEqualTo(3);
    assertThat(number.value(10.01)).isEqualTo(2);
    assertThat(number.value(12.5)).isZero();
    assertThat(number.value(17)).isEqualTo(2);
    assertThat(number.value(17.01)).isZero();
    assertThat(number.interval().boundaries()).containsExactly(
        new Span(9, 10), new Span(10, 11), new Span(11, 12), new Span(13, 17));
  }
}
