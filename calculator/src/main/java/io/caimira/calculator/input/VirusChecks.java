package io.caimira.calculator.input;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.List;
import java.util.Map;

/** Upstream's virus-form checks 2–5 and 8 (api.md §5), in order, with upstream's messages. */
final class VirusChecks {
  private VirusChecks() {}

  /** Rule 2: the enumerated inputs, in upstream's order. */
  static void enums(FormValues v) {
    List<Map.Entry<String, List<String>>> checks = List.of(
        Map.entry("activity_type", ActivityType.keys()),
        Map.entry("ascertainment_bias", Choices.ASCERTAINMENT_BIAS),
        Map.entry("event_month", Choices.MONTH_NAMES),
        Map.entry("mechanical_ventilation_type", Choices.MECHANICAL_VENTILATION_TYPES),
        Map.entry("mask_type", Choices.MASK_TYPES),
        Map.entry("mask_wearing_option", Choices.MASK_WEARING_OPTIONS),
        Map.entry("vaccine_type", Choices.VACCINE_TYPES),
        Map.entry("vaccine_booster_type", Choices.VACCINE_BOOSTER_TYPES),
        Map.entry("ventilation_type", Choices.VENTILATION_TYPES),
        Map.entry("virus_type", Choices.VIRUS_TYPES),
        Map.entry("volume_type", Choices.VOLUME_TYPES),
        Map.entry("window_opening_regime", Choices.WINDOW_OPENING_REGIMES),
        Map.entry("window_type", Choices.WINDOW_TYPES));
    for (Map.Entry<String, List<String>> c : checks) {
      String value = v.str(c.getKey());
      if (!c.getValue().contains(value)) {
        throw new InputError(c.getKey(),
            Message.of(MessageKey.CHOICE_INVALID, value, c.getKey(), new Message.Listing(c.getValue())));
      }
    }
  }

  /** Rules 3–5: training with one infected, window and mechanical sub-options. */
  static void activityAndVentilation(FormValues v) {
    if (v.str("activity_type").equals("training") && v.integer("infected_people") > 1) {
      throw new InputError("infected_people", Message.of(MessageKey.TRAINING_ONE_INFECTED));
    }
    String ventilation = v.str("ventilation_type");
    if (ventilation.equals("natural_ventilation")) {
      if (v.str("window_type").equals("not-applicable")) {
        throw new InputError("window_type", Message.of(MessageKey.WINDOW_TYPE_REQUIRED));
      }
      if (v.str("window_opening_regime").equals("not-applicable")) {
        throw new InputError("window_opening_regime", Message.of(MessageKey.WINDOW_REGIME_REQUIRED));
      }
      if (v.str("window_opening_regime").equals("windows_open_periodically")
          && v.real("windows_duration") > v.real("windows_frequency")) {
        throw new InputError("windows_duration", Message.of(MessageKey.WINDOWS_DURATION_ABOVE_FREQUENCY));
      }
    }
    if (ventilation.equals("mechanical_ventilation") && v.str("mechanical_ventilation_type").equals("not-applicable")) {
      throw new InputError("mechanical_ventilation_type", Message.of(MessageKey.MECHANICAL_TYPE_REQUIRED));
    }
  }

  /** Rule 8: the short-range occupants are at most the (largest group of) exposed. */
  static void shortRangeOccupants(FormValues v, List<OccupancyGroup> groups) {
    int max;
    if (groups.isEmpty()) {
      max = v.integer("total_people") - v.integer("infected_people");
    } else {
      max = 0;
      for (OccupancyGroup g : groups) {
        max = Math.max(max, g.exposed());
      }
    }
    int occupants = v.integer("short_range_occupants");
    if (occupants > max) {
      throw new InputError("short_range_occupants",
          Message.of(MessageKey.SHORT_RANGE_OCCUPANTS_TOO_MANY, occupants, max));
    }
  }
}
