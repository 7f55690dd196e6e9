package io.caimira.webapp.co2;

import io.caimira.calculator.co2.FitPlausibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plausibility findings of a CO₂ fit ({@link FitPlausibility}) as sentences in the reader's language, for the
 * fitting dialog and the report: one sentence per value out of range, then what to check. Empty for a plausible fit.
 */
public final class FitChecks {
  private FitChecks() {}

  /**
   * @param transitionTimes the fit's interval bounds [h] (one more than the air-change values)
   */
  public static List<String> sentences(FitPlausibility checks, List<Double> transitionTimes, Co2Messages msg,
      Locale locale) {
    List<String> out = new ArrayList<>();
    for (FitPlausibility.Finding f : checks.findings()) {
      String low = String.format(locale, "%.2f", f.low());
      String high = String.format(locale, "%.1f", f.high());
      switch (f.kind()) {
        case EXHALATION_LOW -> out.add(msg.check_exhalation_low(String.format(locale, "%.2f", f.value()), low, high));
        case EXHALATION_HIGH -> out.add(msg.check_exhalation_high(String.format(locale, "%.2f", f.value()), low,
            high));
        case AIR_CHANGES_HIGH -> out.add(msg.check_air_changes(
            HoursText.hhmm(transitionTimes.get(f.interval())), HoursText.hhmm(transitionTimes.get(f.interval() + 1)),
            String.format(locale, "%.1f", f.value()), String.format(locale, "%.0f", f.high())));
        default -> throw new IllegalStateException(f.kind().name());
      }
    }
    if (!out.isEmpty()) {
      out.add(msg.check_advice());
    }
    return out;
  }
}
