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
    if (periodMinutes == 0 || durationMinutes == 0) {
      return spans;
    }
    double step = periodMinutes / 60.0;
    double duration = durationMinutes / 60.0;
    long count = (long) Math.ceil((24.0 - startHour) / step);
    for (long i = 0; i < count; i++) {
      double s = startHour + i * step;
      spans.add(new Span(s, s + duration));
    }
    return spans;
  }
}
