package io.caimira.model.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole-number function of time, constant between transition times (value i on (times[i], times[i+1]]),
 * and zero outside the covered span. Used for numbers of people that change during the day.
 */
public final class IntPiecewiseConstant {
  private final double[] times;
  private final int[] values;

  public IntPiecewiseConstant(double[] transitionTimes, int[] values) {
    PiecewiseConstant.checkShape(transitionTimes, values.length);
    this.times = transitionTimes.clone();
    this.values = values.clone();
  }

  public double[] transitionTimes() {
    return times.clone();
  }

  public int[] values() {
    return values.clone();
  }

  /** The value at t: 0 at or before the first time and after the last. */
  public int value(double t) {
    if (t <= times[0] || t > times[times.length - 1]) {
      return 0;
    }
    return values[PiecewiseConstant.segmentIndex(times, t)];
  }

  /** The largest value taken. */
  public int max() {
    return Arrays.stream(values).max().orElse(0);
  }

  /** The spans on which the value is non-zero. */
  public SpecificInterval interval() {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != 0) {
        spans.add(new Span(times[i], times[i + 1]));
      }
    }
    return new SpecificInterval(spans);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntPiecewiseConstant p
        && Arrays.equals(times, p.times)
        && Arrays.equals(values, p.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "IntPiecewiseConstant" + Arrays.toString(times) + "->" + Arrays.toString(values);
  }
}
