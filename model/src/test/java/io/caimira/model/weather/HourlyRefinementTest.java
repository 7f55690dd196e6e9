package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.time.PiecewiseConstant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Port of upstream caimira/tests/data/test_weather.py (refine cases) and the refine_hourly_data docstring. */
class HourlyRefinementTest {
  /** numpy assert_array_almost_equal default: decimal=6, i.e. |actual - desired| < 1.5e-6. */
  private static final double DECIMAL_6 = 1.5e-6;

  @Test
  void test_refine() {
    // upstream test_refine: assert_array_equal, so exact equality
    PiecewiseConstant p = HourlyRefinement.refine(
        new double[] {0, 3, 6, 9, 12, 15, 18, 21}, new double[] {0, 30, 60, 90, 120, 90, 60, 30}, 4);
    assertThat(p.transitionTimes()).containsExactly(0., 6., 12., 18., 24.);
    assertThat(p.values()).containsExactly(30., 90., 90., 30.);
  }

  @Test
  void test_refine_offset() {
    // upstream test_refine_offset: source times beyond 24 h; values to decimal 6
    PiecewiseConstant p = HourlyRefinement.refine(
        new double[] {14, 20, 26, 32}, new double[] {200., 182, 168, 192}, 6);
    assertThat(p.transitionTimes()).containsExactly(0., 4., 8., 12., 16., 20., 24.);
    assertThat(p.values())
        .containsExactly(new double[] {168., 184., 194.666667, 200., 188., 177.333333}, within(DECIMAL_6));
  }

  @Test
  void test_refine_non_monotonic() {
    // upstream test_refine_non_monotonic: same data as above, times reduced modulo 24 and unsorted; decimal 6
    PiecewiseConstant p = HourlyRefinement.refine(
        new double[] {14, 20, 2, 8}, new double[] {200., 182, 168, 192}, 6);
    assertThat(p.transitionTimes()).containsExactly(0., 4., 8., 12., 16., 20., 24.);
    assertThat(p.values())
        .containsExactly(new double[] {168., 184., 194.666667, 200., 188., 177.333333}, within(DECIMAL_6));
  }

  @Test
  void docstringExampleOnTheHour() {
    // upstream refine_hourly_data docstring: values h at h:00 → mid-points h + 0.5, and the wrap-around segment
    // (23, 24] halfway between 23 and 0 → 11.5. Tolerance 1e-12 (doctest prints exact decimals).
    double[] hours = IntStream.range(0, 24).asDoubleStream().toArray();
    PiecewiseConstant p = HourlyRefinement.refine(hours, hours, 24);
    double[] expected = IntStream.range(0, 24).mapToDouble(h -> h == 23 ? 11.5 : h + 0.5).toArray();
    assertThat(p.transitionTimes()).hasSize(25).startsWith(0.0).endsWith(24.0);
    assertThat(p.values()).containsExactly(expected, within(1e-12));
  }

  @Test
  void docstringExampleShiftedTimes() {
    // upstream docstring: source times 6..27 then 4, 5 for values 0..23 → 18.5, …, 22.5, 11.5, 0.5, …, 17.5
    double[] times = IntStream.concat(IntStream.range(6, 28), IntStream.of(4, 5)).asDoubleStream().toArray();
    double[] values = IntStream.range(0, 24).asDoubleStream().toArray();
    PiecewiseConstant p = HourlyRefinement.refine(times, values, 24);
    double[] expected = {18.5, 19.5, 20.5, 21.5, 22.5, 11.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5,
        10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5};
    assertThat(p.values()).containsExactly(expected, within(1e-12));
  }

  @Test
  void localDailyProfileShiftsUtcValuesByTheOffset() {
    // Values equal to their UTC hour, offset +2 h: local time t shows UTC hour t - 2, so the segment mid-point
    // 2.05 h local reads 0.05 and 12.05 h reads 10.05. Tolerance 1e-9 (linear interpolation, exact up to rounding).
    double[] utc = IntStream.range(0, 24).asDoubleStream().toArray();
    PiecewiseConstant p = HourlyRefinement.localDailyProfile(utc, 2.0);
    assertThat(p.transitionTimes()).hasSize(241);
    assertThat(p.value(2.05)).isCloseTo(0.05, within(1e-9));
    assertThat(p.value(12.05)).isCloseTo(10.05, within(1e-9));
  }
}
