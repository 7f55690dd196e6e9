package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
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
      throw error("The \"occupancy\" input should be a valid dictionary. Got " + JsonText.json(occupancy) + ".");
    }
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
      throw error("The occupancy group \"" + id + "\" should be a valid dictionary. Got "
          + JsonText.typeName(group) + ".");
    }
    requireKey(id, group, "total_people");
    JsonNode total = group.get("total_people");
    if (!isNonNegativeInt(total)) {
      throw error("The \"total_people\" input in occupancy group \"" + id
          + "\" should be a non-negative integer. Got " + JsonText.plain(total) + ".");
    }
    requireKey(id, group, "infected");
    JsonNode infected = group.get("infected");
    if (!isNonNegativeInt(infected)) {
      throw error("The infected input in occupancy group \"" + id + "\" should be a non-negative integer. Got "
          + JsonText.plain(infected) + ".");
    }
    if (infected.intValue() > total.intValue()) {
      throw error("The number of infected people (" + infected.intValue()
          + ") cannot be greater than the total people (" + total.intValue() + ").");
    }
    requireKey(id, group, "presence");
    return new OccupancyGroup(id, total.intValue(), infected.intValue(), presence(id, group.get("presence")));
  }

  private static List<MinuteSpan> presence(String id, JsonNode presence) {
    if (!presence.isArray()) {
      throw error("The \"presence\" parameter in occupancy group \"" + id + "\" should be a valid list. Got "
          + JsonText.typeName(presence) + ".");
    }
    if (presence.isEmpty()) {
      throw error("The \"presence\" parameter in occupancy group \"" + id
          + "\" should be a valid, non-empty list. Got [].");
    }
    List<MinuteSpan> spans = new ArrayList<>();
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode entry : presence) {
      if (!entry.isObject()) {
        throw error("Each presence interval should be a valid dictionary. Got " + JsonText.typeName(entry)
            + " in occupancy group \"" + id + "\".");
      }
      int[] times = new int[2];
      String[] names = {"start_time", "finish_time"};
      for (int k = 0; k < 2; k++) {
        if (!entry.has(names[k])) {
          throw error("Missing \"" + names[k] + "\" key in \"presence\" parameter of occupancy group \"" + id
              + "\". Got keys: " + JsonText.keys(entry) + ".");
        }
        times[k] = TimeOfDay.minutesOrInvalid(entry.get(names[k]));
        if (times[k] < 0) {
          throw error("Invalid time format found in \"presence\" parameter of occupancy group \"" + id
              + "\". Expected HH:MM, got " + JsonText.plain(entry.get(names[k])) + ".");
        }
      }
      if (times[1] <= times[0]) {
        throw error("Inconsistent times found in \"presence\" parameter of occupancy group \"" + id + "\". The "
            + JsonText.json(entry) + " entry has a start time (\"" + entry.get("start_time").textValue()
            + "\") after the finish time (\"" + entry.get("finish_time").textValue() + "\").");
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
      throw error("Missing \"" + key + "\" key in occupancy group \"" + id + "\". Got keys: "
          + JsonText.keys(group) + ".");
    }
  }

  /** A JSON integer (not a float, string or boolean) from 0 to 2^31−1. */
  static boolean isNonNegativeInt(JsonNode v) {
    return v != null && v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0;
  }

  private static InputError error(String message) {
    return new InputError(FIELD, message);
  }
}
