package io.caimira.calculator.presence;

import io.caimira.calculator.input.MinuteSpan;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Upstream's {@code present_interval}: the presence between start and finish around breaks (api.md §4.3). */
public final class PresentInterval {
  private PresentInterval() {}

  /**
   * The presence [h] from {@code start} to {@code finish} [min] outside the breaks [min], which may come in any
   * order but must not overlap.
   *
   * @throws IllegalArgumentException "Break ends before it begins." or "A break starts before another ends (…)."
   */
  public static SpecificInterval of(int start, int finish, List<MinuteSpan> breaks) {
    if (breaks.isEmpty()) {
      return new SpecificInterval(List.of(new Span(start / 60.0, finish / 60.0)));
    }
    List<MinuteSpan> sorted = new ArrayList<>(breaks);
    sorted.sort(Comparator.comparingInt(MinuteSpan::start));
    for (MinuteSpan b : sorted) {
      if (b.start() >= b.finish()) {
        throw new IllegalArgumentException("Break ends before it begins.");
      }
    }
    int previousEnd = sorted.get(0).finish();
    for (MinuteSpan b : sorted.subList(1, sorted.size())) {
      if (previousEnd >= b.start()) {
        throw new IllegalArgumentException("A break starts before another ends (" + b.start() + ", " + b.finish()
            + ", " + previousEnd + ").");
      }
      previousEnd = b.finish();
    }
    List<Span> present = new ArrayList<>();
    int current = start;
    for (MinuteSpan b : sorted) {
      if (current >= finish) {
        break;
      }
      int bs = b.start();
      int be = b.finish();
      if (finish <= bs) {
        present.add(span(current, finish));
        current = finish;
      } else if (current < bs && bs < finish && finish < be) {
        present.add(span(current, bs));
        current = be;
      } else if (current < bs && be <= finish) {
        present.add(span(current, bs));
        current = be;
      } else if (bs <= current && current < finish && finish <= be) {
        current = finish;
      } else if (bs <= current && current < be && be < finish) {
        current = be;
      }
      // otherwise the break ended before the current time: nothing to do
    }
    if (current < finish) {
      present.add(span(current, finish));
    }
    return new SpecificInterval(present);
  }

  private static Span span(int from, int to) {
    return new Span(from / 60.0, to / 60.0);
  }
}
