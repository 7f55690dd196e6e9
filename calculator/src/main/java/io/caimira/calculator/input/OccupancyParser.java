package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates and reads {@code occupancy} (api.md §5, rule 1, "occupancy given"), with upstream's messages written
 * without Python reprs. Times are compared numerically (upstream compares the strings).
 */
final class OccupancyParser {
  static final String FIELD = "occupancy";

  private OccupancyParser() {}

  /** The groups in input order; empty for {}. */
  static List<OccupancyGroup> parse(JsonNode occupancy) {
    if (!occupancy.isObject()) {
      throw error(MessageKey.OCCUPANCY_NOT_DICT, JsonText.json(occupancy));
    }
    InputLimits.checkCount(FIELD, FIELD, occupancy.size(), InputLimits.MAX_OCCUPANCY_GROUPS);
    List<OccupancyGroup> groups = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = occupancy.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      groups.add(group(e.getKey(), e.getValue()));
    }
    return groups;
  }

  private static OccupancyGroup group(String id, JsonNode group) {
    if (!group.isObject()) {
      throw error(MessageKey.OCCUPANCY_GROUP_NOT_DICT, id, JsonText.typeName(group));
    }
    requireKey(id, group, "total_people");
    JsonNode total = group.get("total_people");
    if (!isNonNegativeInt(total)) {
      throw error(MessageKey.OCCUPANCY_TOTAL_INVALID, id, JsonText.plain(total));
    }
    requireKey(id, group, "infected");
    JsonNode infected = group.get("infected");
    if (!isNonNegativeInt(infected)) {
      throw error(MessageKey.OCCUPANCY_INFECTED_INVALID, id, JsonText.plain(infected));
    }
    for (JsonNode people : List.of(total, infected)) {
      if (!InputLimits.GROUP_PEOPLE.contains(people.intValue())) {
        throw InputLimits.GROUP_PEOPLE.listError(FIELD, people == total ? "occupancy total_people"
            : "occupancy infected", people.intValue());
      }
    }
    if (infected.intValue() > total.intValue()) {
      throw error(MessageKey.OCCUPANCY_INFECTED_ABOVE_TOTAL, infected.intValue(), total.intValue());
    }
    requireKey(id, group, "presence");
    return new OccupancyGroup(id, total.intValue(), infected.intValue(), presence(id, group.get("presence")));
  }

  private static List<MinuteSpan> presence(String id, JsonNode presence) {
    if (!presence.isArray()) {
      throw error(MessageKey.PRESENCE_NOT_LIST, id, JsonText.typeName(presence));
    }
    if (presence.isEmpty()) {
      throw error(MessageKey.PRESENCE_EMPTY, id);
    }
    InputLimits.checkCount(FIELD, "occupancy presence", presence.size(), InputLimits.MAX_PRESENCE_INTERVALS);
    List<MinuteSpan> spans = new ArrayList<>();
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode entry : presence) {
      if (!entry.isObject()) {
        throw error(MessageKey.PRESENCE_ENTRY_NOT_DICT, JsonText.typeName(entry), id);
      }
      int[] times = new int[2];
      String[] names = {"start_time", "finish_time"};
      for (int k = 0; k < 2; k++) {
        if (!entry.has(names[k])) {
          throw error(MessageKey.PRESENCE_KEY_MISSING, names[k], id, JsonText.keys(entry));
        }
        times[k] = TimeOfDay.minutesOrInvalid(entry.get(names[k]));
        if (times[k] < 0) {
          throw error(MessageKey.PRESENCE_TIME_FORMAT, id, JsonText.plain(entry.get(names[k])));
        }
      }
      if (times[1] <= times[0]) {
        throw error(MessageKey.PRESENCE_START_AFTER_FINISH, id, JsonText.json(entry),
            entry.get("start_time").textValue(), entry.get("finish_time").textValue());
      }
      MinuteSpan span = new MinuteSpan(times[0], times[1]);
      for (int j = 0; j < spans.size(); j++) {
        if (Overlaps.strict(span, spans.get(j))) {
          throw error(Overlaps.message(entry, entries.get(j)));
        }
      }
      spans.add(span);
      entries.add(entry);
    }
    return spans;
  }

  private static void requireKey(String id, JsonNode group, String key) {
    if (!group.has(key)) {
      throw error(MessageKey.OCCUPANCY_GROUP_KEY_MISSING, key, id, JsonText.keys(group));
    }
  }

  /** A JSON integer (not a float, string or boolean) from 0 to 2^31−1. */
  static boolean isNonNegativeInt(JsonNode v) {
    return v != null && v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0;
  }

  private static InputError error(MessageKey key, Object... args) {
    return error(Message.of(key, args));
  }

  private static InputError error(Message message) {
    return new InputError(FIELD, message);
  }
}
