package io.caimira.model.time;

import java.util.ArrayList;
import java.util.List;

/**
 * An interval repeating every {@code periodMinutes}, each time for {@code durationMinutes}, from
 * {@code startHour} until the end of the day (the last occurrence may run past 24 h). A zero period or
 * duration means never on. Occurrence i starts at start + i·period exactly (no accumulated rounding).
 */
public record PeriodicInterval(double periodMinutes, double durationMinutes, double startHour)
    implements Interval {

  /** Always on in two-hour blocks: (0, 2], (2, 4], …, (22, 24]. Not triggered at t = 0. */
  public static final PeriodicInterval ALWAYS_ON = new PeriodicInterval(120, 120, 0);

  public PeriodicInterval(double periodMinutes, double durationMinutes) {
    this(periodMinutes, durationMinutes, 0.0);
  }

  @Override
  public List<Span> boundaries() {
    List<Span> spans = new ArrayList<>();
    long count = occurrences();
    double duration = durationMinutes / 60.0;
    for (long i = 0; i < count; i++) {
      double s = start(i);
      spans.add(new Span(s, s + duration));
    }
    return spans;
  }

  /**
   * As the spans of {@link #boundaries()} answer it (the same floating-point starts and ends), without making them:
   * the model asks at every state change of the day, and a short period has hundreds of spans. All occurrences last
   * equally long, so their ends increase with their starts: t is in some span exactly when it is in the last one
   * that starts before t.
   */
  @Override
  public boolean triggered(double t) {
    long count = occurrences();
    // a first guess of that occurrence from the arithmetic, then corrected against the exact starts
    double guess = Math.floor((t - startHour) / (periodMinutes / 60.0));
    long i = (long) Math.min(Math.max(guess, -1), count - 1); // NaN: 0, corrected below
    while (i + 1 < count && start(i + 1) < t) {
      i++;
    }
    while (i >= 0 && !(start(i) < t)) {
      i--;
    }
    return i >= 0 && t <= start(i) + durationMinutes / 60.0;
  }

  /** The number of occurrences: numpy's {@code arange(start, 24, step)} length; none for a zero period or duration. */
  private long occurrences() {
    if (periodMinutes == 0 || durationMinutes == 0) {
      return 0;
    }
    return Math.max(0, (long) Math.ceil((24.0 - startHour) / (periodMinutes / 60.0)));
  }

  /** The start of occurrence i, computed without accumulation. */
  private double start(long i) {
    return startHour + i * (periodMinutes / 60.0);
  }
}
