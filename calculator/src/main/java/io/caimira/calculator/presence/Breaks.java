package io.caimira.calculator.presence;

import io.caimira.calculator.input.MinuteSpan;
import io.caimira.calculator.input.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * Lunch and coffee breaks of a single-group schedule, in whole minutes (api.md §4.3), with upstream's integer
 * arithmetic: floor division for the spacing of the breaks and Python's round (ties to even) for the number of
 * morning breaks.
 */
public final class Breaks {
  private Breaks() {}

  /**
   * {@code n} breaks of {@code duration} minutes evenly spread in [start, finish]: each begins
   * ⌊((finish − start) − n·duration) / (n + 1)⌋ minutes after the end of the previous one (the first after start).
   */
  public static List<MinuteSpan> inInterval(int start, int finish, int n, int duration) {
    int delay = Math.floorDiv((finish - start) - n * duration, n + 1);
    List<MinuteSpan> breaks = new ArrayList<>();
    int end = start;
    for (int k = 0; k < n; k++) {
      int begin = end + delay;
      end = begin + duration;
      breaks.add(new MinuteSpan(begin, end));
    }
    return breaks;
  }

  /**
   * The coffee breaks of a schedule: with a lunch break, round(n · before/(before + after)) of them in the
   * morning and the rest in the afternoon; without, all spread over the presence.
   */
  public static List<MinuteSpan> coffee(Schedule s) {
    int n = s.coffeeBreaks();
    if (n == 0) {
      return List.of();
    }
    if (!s.lunch()) {
      return inInterval(s.start(), s.finish(), n, s.coffeeDuration());
    }
    int before = s.lunchStart() - s.start();
    int after = s.finish() - s.lunchFinish();
    if (before + after == 0) {
      throw new IllegalArgumentException("Length of breaks >= Length of presence.");
    }
    double fraction = (double) before / (before + after);
    int morning = (int) Math.rint(n * fraction);
    List<MinuteSpan> breaks = new ArrayList<>(inInterval(s.start(), s.lunchStart(), morning, s.coffeeDuration()));
    breaks.addAll(inInterval(s.lunchFinish(), s.finish(), n - morning, s.coffeeDuration()));
    return breaks;
  }

  /** The lunch break of a schedule, if it takes one. */
  public static List<MinuteSpan> lunch(Schedule s) {
    return s.lunch() ? List.of(new MinuteSpan(s.lunchStart(), s.lunchFinish())) : List.of();
  }

  /** Lunch then coffee breaks. */
  public static List<MinuteSpan> all(Schedule s) {
    List<MinuteSpan> breaks = new ArrayList<>(lunch(s));
    breaks.addAll(coffee(s));
    return breaks;
  }
}
