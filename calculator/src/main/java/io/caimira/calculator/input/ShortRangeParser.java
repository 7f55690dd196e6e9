package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.model.aerosol.ExpirationType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code short_range_interactions} (api.md §5, rule 9), with upstream's messages written without Python reprs.
 * Upstream's quirk of reporting an interaction in a second presence interval as overlapping itself is not copied.
 */
final class ShortRangeParser {
  static final String FIELD = "short_range_interactions";

  /** Duration of an interaction [min]: upstream's form asks at least 1 minute; at most a day. */
  static final Range DURATION = new Range(InputLimits.MIN_SHORT_RANGE_DURATION,
      InputLimits.MAX_SHORT_RANGE_DURATION, "min", "upstream form min 1; max: a day");

  private ShortRangeParser() {}

  /**
   * Validates the interactions and reads them.
   *
   * @param simulationStart earliest single-group arrival [min] (simulation-time check without occupancy)
   * @param simulationFinish latest single-group departure [min]
   */
  static List<ShortRangeInteraction> parse(JsonNode input, List<OccupancyGroup> occupancy, int simulationStart,
      int simulationFinish) {
    if (!input.isObject()) {
      throw error(MessageKey.SHORT_RANGE_NOT_DICT, JsonText.typeName(input));
    }
    if (input.isEmpty()) {
      throw error(MessageKey.SHORT_RANGE_EMPTY);
    }
    if (occupancy.isEmpty() && input.size() > 1) {
      throw error(MessageKey.SHORT_RANGE_TOO_MANY_GROUPS, input.size());
    }
    if (!occupancy.isEmpty() && input.size() > occupancy.size()) {
      throw error(MessageKey.SHORT_RANGE_TOO_MANY_FOR_OCCUPANCY, input.size(), occupancy.size());
    }
    int count = 0;
    for (JsonNode list : input) {
      count += list.isArray() ? list.size() : 1;
    }
    InputLimits.checkCount(FIELD, FIELD, count, InputLimits.MAX_SHORT_RANGE_INTERACTIONS);
    List<ShortRangeInteraction> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = input.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.addAll(group(e.getKey(), e.getValue(), occupancy, simulationStart, simulationFinish));
    }
    return out;
  }

  private static List<ShortRangeInteraction> group(String id, JsonNode list, List<OccupancyGroup> occupancy,
      int simulationStart, int simulationFinish) {
    if (!list.isArray()) {
      throw error(MessageKey.SHORT_RANGE_GROUP_NOT_LIST, id, JsonText.typeName(list));
    }
    if (list.isEmpty()) {
      throw error(MessageKey.SHORT_RANGE_GROUP_EMPTY, id);
    }
    List<ShortRangeInteraction> done = new ArrayList<>();
    List<JsonNode> doneNodes = new ArrayList<>();
    for (JsonNode interaction : list) {
      ShortRangeInteraction sr = interaction(id, interaction);
      if (occupancy.isEmpty()) {
        if (!within(sr, simulationStart, simulationFinish)) {
          throw error(MessageKey.SHORT_RANGE_OUTSIDE_SIMULATION, JsonText.json(interaction), id);
        }
      } else {
        OccupancyGroup group = occupancy.stream().filter(g -> g.id().equals(id)).findFirst()
            .orElseThrow(() -> error(MessageKey.SHORT_RANGE_GROUP_UNKNOWN, id));
        if (group.presence().stream().noneMatch(p -> within(sr, p.start(), p.finish()))) {
          throw error(MessageKey.SHORT_RANGE_OUTSIDE_PRESENCE, JsonText.json(interaction), id);
        }
      }
      for (int j = 0; j < done.size(); j++) {
        ShortRangeInteraction other = done.get(j);
        if (Overlaps.strict(sr.startHours(), sr.finishHours(), other.startHours(), other.finishHours())) {
          throw error(Overlaps.message(interaction, doneNodes.get(j)));
        }
      }
      done.add(sr);
      doneNodes.add(interaction);
    }
    return done;
  }

  private static boolean within(ShortRangeInteraction sr, int startMinutes, int finishMinutes) {
    double lo = startMinutes / 60.0;
    double hi = finishMinutes / 60.0;
    return lo <= sr.startHours() && sr.startHours() <= hi && lo <= sr.finishHours() && sr.finishHours() <= hi;
  }

  private static ShortRangeInteraction interaction(String id, JsonNode i) {
    if (!i.isObject()) {
      throw error(MessageKey.SHORT_RANGE_ENTRY_NOT_DICT, JsonText.typeName(i), id);
    }
    requireKey(id, i, "expiration");
    JsonNode expiration = i.get("expiration");
    if (!expiration.isTextual() || !Choices.EXPIRATIONS.contains(expiration.textValue())) {
      throw error(MessageKey.SHORT_RANGE_EXPIRATION_INVALID, id, JsonText.plain(expiration),
          new Message.Listing(Choices.EXPIRATIONS));
    }
    requireKey(id, i, "start_time");
    int start = TimeOfDay.minutesOrInvalid(i.get("start_time"));
    if (start < 0) {
      throw error(MessageKey.SHORT_RANGE_START_FORMAT, id, JsonText.plain(i.get("start_time")));
    }
    requireKey(id, i, "duration");
    JsonNode duration = i.get("duration");
    if (!duration.isNumber() || !Double.isFinite(duration.doubleValue()) || duration.doubleValue() < 0) {
      throw error(MessageKey.SHORT_RANGE_DURATION_INVALID, id, JsonText.plain(duration));
    }
    DURATION.check(FIELD, duration.doubleValue());
    return new ShortRangeInteraction(id, ExpirationType.fromLabel(expiration.textValue()), start,
        duration.doubleValue());
  }

  private static void requireKey(String id, JsonNode i, String key) {
    if (!i.has(key)) {
      throw error(MessageKey.SHORT_RANGE_KEY_MISSING, key, id, JsonText.keys(i));
    }
  }

  private static InputError error(MessageKey key, Object... args) {
    return error(Message.of(key, args));
  }

  private static InputError error(Message message) {
    return new InputError(FIELD, message);
  }
}
