package io.caimira.model.time;

import java.util.List;
import java.util.TreeSet;

/** A set of time spans (hours since midnight) during which something is on: people present, a window open. */
public interface Interval {

  /** The spans, in the order they were defined. */
  List<Span> boundaries();

  /** Whether t lies in one of the spans (start exclusive, end inclusive). */
  default boolean triggered(double t) {
    for (Span s : boundaries()) {
      if (s.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** Every start and every end, sorted, without duplicates. */
  default double[] transitionTimes() {
    TreeSet<Double> set = new TreeSet<>();
    for (Span s : boundaries()) {
      set.add(s.start());
      set.add(s.end());
    }
    return set.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
