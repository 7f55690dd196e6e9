package io.caimira.model.time;

import io.caimira.model.numeric.Grids;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A function of time that is constant between consecutive transition times: value i holds on
 * (times[i], times[i+1]]. Before the first time it takes the first value, after the last time the last value.
 */
public final class PiecewiseConstant {
  private final double[] times;
  private final double[] values;

  public PiecewiseConstant(double[] transitionTimes, double[] values) {
    checkShape(transitionTimes, values.length);
    this.times = transitionTimes.clone();
    this.values = values.clone();
  }

  /** A constant value over (start, end]. */
  public static PiecewiseConstant constant(double start, double end, double value) {
    return new PiecewiseConstant(new double[] {start, end}, new double[] {value});
  }

  static void checkShape(double[] times, int valueCount) {
    if (times.length != valueCount + 1) {
      throw new IllegalArgumentException("transition_times must contain one more element than values");
    }
    for (int i = 1; i < times.length; i++) {
      if (!(times[i - 1] < times[i])) {
        throw new IllegalArgumentException(
            "transition_times must not contain duplicated elements and must be sorted");
      }
    }
  }

  public double[] transitionTimes() {
    return times.clone();
  }

  public double[] values() {
    return values.clone();
  }

  public int segmentCount() {
    return values.length;
  }

  /** The value at time t (hours). */
  public double value(double t) {
    if (t <= times[0]) {
      return values[0];
    }
    if (t > times[times.length - 1]) {
      return values[values.length - 1];
    }
    return values[segmentIndex(times, t)];
  }

  /** Index i of the segment with times[i] &lt; t &le; times[i+1], for t inside the covered span. */
  static int segmentIndex(double[] times, double t) {
    int k = Grids.searchSortedLeft(times, t); // times[k-1] < t <= times[k]
    return Math.max(k - 1, 0);
  }

  /** The spans on which the value is non-zero. */
  public SpecificInterval interval() {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0.0) {
        spans.add(new Span(times[i], times[i + 1]));
      }
    }
    return new SpecificInterval(spans);
  }

  /**
   * A finer function: {@code factor} times as many equal segments over the same span, each taking the linear
   * interpolation (at its left end) of the original values placed at their segments' left ends, the last value
   * repeated at the end.
   */
  public PiecewiseConstant refine(int factor) {
    double[] fine = Grids.linspace(times[0], times[times.length - 1], values.length * factor + 1);
    double[] knots = Arrays.copyOf(values, values.length + 1);
    knots[values.length] = values[values.length - 1];
    double[] refined = new double[fine.length - 1];
    for (int i = 0; i < refined.length; i++) {
      refined[i] = Grids.interp(fine[i], times, knots);
    }
    return new PiecewiseConstant(fine, refined);
  }

  public PiecewiseConstant refine() {
    return refine(10);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiecewiseConstant p
        && Arrays.equals(times, p.times)
        && Arrays.equals(values, p.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "PiecewiseConstant" + Arrays.toString(times) + "->" + Arrays.toString(values);
  }
}
