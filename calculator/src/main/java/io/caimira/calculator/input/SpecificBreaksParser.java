package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
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
      throw error(MessageKey.BREAKS_NOT_DICT);
    }
    if (!breaks.has("exposed_breaks")) {
      throw error(MessageKey.KEY_MISSING, "exposed_breaks", keyHint(breaks, 0));
    }
    if (!breaks.has("infected_breaks")) {
      throw error(MessageKey.KEY_MISSING, "infected_breaks", keyHint(breaks, 1));
    }
    return new SpecificBreaks(list(breaks.get("exposed_breaks")), list(breaks.get("infected_breaks")));
  }

  private static List<MinuteSpan> list(JsonNode population) {
    List<MinuteSpan> out = new ArrayList<>();
    if (population.isArray() && population.isEmpty()) {
      return out;
    }
    if (!population.isArray()) {
      throw error(MessageKey.BREAKS_NOT_LIST, JsonText.typeName(population));
    }
    InputLimits.checkCount(FIELD, FIELD, population.size(), InputLimits.MAX_SPECIFIC_BREAKS);
    for (JsonNode b : population) {
      if (!b.isObject()) {
        throw error(MessageKey.BREAK_NOT_DICT, JsonText.typeName(b));
      }
      if (!b.has("start_time")) {
        throw error(MessageKey.KEY_MISSING, "start_time", keyHint(b, 0));
      }
      if (!b.has("finish_time")) {
        throw error(MessageKey.KEY_MISSING, "finish_time", keyHint(b, 1));
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
      throw error(MessageKey.BREAK_TIME_FORMAT, JsonText.plain(t));
    }
    return m;
  }

  /**
   * Upstream names the key found at the expected position (a text); when there is none, all keys are listed (a
   * message, translated).
   */
  static Object keyHint(JsonNode object, int index) {
    String key = JsonText.keyAt(object, index);
    return key != null ? "\"" + key + "\"" : Message.of(MessageKey.KEYS_FOUND, JsonText.keys(object));
  }

  private static InputError error(MessageKey key, Object... args) {
    return new InputError(FIELD, Message.of(key, args));
  }
}
