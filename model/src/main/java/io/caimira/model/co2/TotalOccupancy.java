package io.caimira.model.co2;

import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.Interval;
import io.caimira.model.time.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The total number of people in the room over the day, as the CO₂ fit needs it: the sum of the
 * occupancy of every group (infected and exposed), as one {@link IntPiecewiseConstant}.
 */
public final class TotalOccupancy {
  private TotalOccupancy() {}

  /**
   * A group of {@code people} present during {@code presence}: transition times s₁, e₁, s₂, e₂, …
   * (the spans in the order given) and values people, 0, people, 0, …, people. Spans that touch
   * (e₁ = s₂) or are out of order are rejected, with the message of {@link IntPiecewiseConstant}.
   */
  public static IntPiecewiseConstant fromPresence(Interval presence, int people) {
    List<Span> spans = presence.boundaries();
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("A presence interval must contain at least one span.");
    }
    double[] times = new double[2 * spans.size()];
    int[] values = new int[2 * spans.size() - 1];
    for (int i = 0; i < spans.size(); i++) {
      times[2 * i] = spans.get(i).start();
      times[2 * i + 1] = spans.get(i).end();
      values[2 * i] = people;
    }
    return new IntPiecewiseConstant(times, values);
  }

  /**
   * Legacy form inputs: {@code infectedPeople} present during {@code infectedPresence} and
   * {@code totalPeople − infectedPeople} exposed people during {@code exposedPresence}.
   */
  public static IntPiecewiseConstant legacy(
      Interval infectedPresence, int infectedPeople, Interval exposedPresence, int totalPeople) {
    return sum(
        List.of(
            fromPresence(infectedPresence, infectedPeople),
            fromPresence(exposedPresence, totalPeople - infectedPeople)));
  }

  /**
   * The sum of several occupancy functions (e.g. the infected occupancy and one function per
   * dynamic exposed group): its transition times are the union of theirs, and each segment takes
   * the sum of the components at the segment's right end.
   */
  public static IntPiecewiseConstant sum(List<IntPiecewiseConstant> components) {
    Objects.requireNonNull(components, "components");
    if (components.isEmpty()) {
      throw new IllegalArgumentException("At least one occupancy function is needed.");
    }
    double[] times =
        components.stream()
            .flatMapToDouble(c -> Arrays.stream(c.transitionTimes()))
            .sorted()
            .distinct()
            .toArray();
    int[] values = new int[times.length - 1];
    for (int i = 0; i < values.length; i++) {
      double end = times[i + 1];
      int total = 0;
      for (IntPiecewiseConstant c : components) {
        total += c.value(end);
      }
      values[i] = total;
    }
    return new IntPiecewiseConstant(times, values);
  }
}
