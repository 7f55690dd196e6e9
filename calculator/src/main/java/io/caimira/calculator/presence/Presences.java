package io.caimira.calculator.presence;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.input.MinuteSpan;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.calculator.input.Schedule;
import io.caimira.calculator.input.SpecificBreaks;
import io.caimira.calculator.input.TimeOfDay;
import io.caimira.model.time.SpecificInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * The presence of the exposed and of the infected of the single-group inputs (api.md §4.3).
 *
 * <p>Without specific breaks: the exposed take their lunch and coffee breaks; the infected take the exposed's
 * breaks, or their own when {@code infected_dont_have_breaks_with_exposed}. With specific breaks: the exposed take
 * {@code exposed_breaks}; the infected take {@code infected_breaks} when that list is not empty (api.md §13,
 * decision 6), else {@code exposed_breaks} (upstream). Break times must lie strictly inside the presence they are
 * checked against (the exposed presence for exposed_breaks, the infected presence for infected_breaks).
 */
public final class Presences {
  private Presences() {}

  public static SpecificInterval exposed(PopulationInput p) {
    Schedule s = p.exposed();
    List<MinuteSpan> breaks = p.specificBreaks() != null
        ? checked(p.specificBreaks().exposed(), s)
        : Breaks.all(s);
    return present(s, breaks, p.specificBreaks() != null);
  }

  public static SpecificInterval infected(PopulationInput p) {
    Schedule s = p.infected();
    SpecificBreaks specific = p.specificBreaks();
    List<MinuteSpan> breaks;
    if (specific != null) {
      breaks = specific.infected().isEmpty()
          ? checked(specific.exposed(), p.exposed())
          : checked(specific.infected(), s);
    } else if (p.sharedBreaks()) {
      breaks = Breaks.all(p.exposed());
    } else {
      breaks = Breaks.all(s);
    }
    return present(s, breaks, specific != null);
  }

  private static SpecificInterval present(Schedule s, List<MinuteSpan> breaks, boolean specific) {
    try {
      return PresentInterval.of(s.start(), s.finish(), breaks);
    } catch (IllegalArgumentException e) {
      throw new InputError(specific ? "specific_breaks" : "exposed_coffee_break_option",
          Message.of(MessageKey.BREAKS_OUTSIDE_PRESENCE, e.getMessage()), e);
    }
  }

  private static List<MinuteSpan> checked(List<MinuteSpan> breaks, Schedule against) {
    List<MinuteSpan> out = new ArrayList<>();
    for (MinuteSpan b : breaks) {
      for (int t : new int[] {b.start(), b.finish()}) {
        if (!(against.start() < t && t < against.finish())) {
          throw new InputError("specific_breaks",
              Message.of(MessageKey.BREAK_OUTSIDE_SIMULATION, TimeOfDay.format(t)));
        }
      }
      out.add(b);
    }
    return out;
  }
}
