package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates and reads {@code specific_breaks} (api.md §5, rule 6). The check that breaks lie inside the presence
 * is made when the presence is built ({@link io.caimira.calculator.presence.Presences}).
 */
final class SpecificBreaksParser {
  static final String FIELD = "specific_breaks";

  private SpecificBreaksParser() {}

  /** The breaks, or null when the input is {}. */
  static SpecificBreaks parse(JsonNode breaks) {
    if (breaks.isObject() && breaks.isEmpty()) {
      return null;
    }
    if (!breaks.isObject()) {
      throw error("The specific breaks should be in a dictionary.");
    }
    if (!breaks.has("exposed_breaks")) {
      throw error("Unable to fetch \"exposed_breaks\" key. Got " + keyHint(breaks, 0) + ".");
    }
    if (!breaks.has("infected_breaks")) {
      throw error("Unable to fetch \"infected_breaks\" key. Got " + keyHint(breaks, 1) + ".");
    }
    return new SpecificBreaks(list(breaks.get("exposed_breaks")), list(breaks.get("infected_breaks")));
  }

  private static List<MinuteSpan> list(JsonNode population) {
    List<MinuteSpan> out = new ArrayList<>();
    if (population.isArray() && population.isEmpty()) {
      return out;
    }
    if (!population.isArray()) {
      throw error("All breaks should be in a list. Got " + JsonText.typeName(population) + ".");
    }
    for (JsonNode b : population) {
      if (!b.isObject()) {
        throw error("Each break should be a dictionary. Got " + JsonText.typeName(b) + ".");
      }
      if (!b.has("start_time")) {
        throw error("Unable to fetch \"start_time\" key. Got " + keyHint(b, 0) + ".");
      }
      if (!b.has("finish_time")) {
        throw error("Unable to fetch \"finish_time\" key. Got " + keyHint(b, 1) + ".");
      }
      int start = time(b.get("start_time"));
      int finish = time(b.get("finish_time"));
      out.add(new MinuteSpan(start, finish));
    }
    return out;
  }

  private static int time(JsonNode t) {
    int m = TimeOfDay.minutesOrInvalid(t);
    if (m < 0) {
      throw error("Wrong time format - \"HH:MM\". Got \"" + JsonText.plain(t) + "\".");
    }
    return m;
  }

  /** Upstream names the key found at the expected position; when there is none, all keys are listed. */
  static String keyHint(JsonNode object, int index) {
    String key = JsonText.keyAt(object, index);
    return key != null ? "\"" + key + "\"" : "keys: " + JsonText.keys(object);
  }

  private static InputError error(String message) {
    return new InputError(FIELD, message);
  }
}
