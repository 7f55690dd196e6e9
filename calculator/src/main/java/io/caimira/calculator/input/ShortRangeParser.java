package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
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
      throw error("The short_range_interactions input should be a valid dictionary. Got "
          + JsonText.typeName(input) + ".");
    }
    if (input.isEmpty()) {
      throw error("When short_range_option input is set to \"short_range_yes\", the short_range_interactions "
          + "input should not be empty. Got {}.");
    }
    if (occupancy.isEmpty() && input.size() > 1) {
      throw error("Incompatible number of occupancy groups in the short_range_interactions input. Got "
          + input.size() + " groups when the maximum is 1.");
    }
    if (!occupancy.isEmpty() && input.size() > occupancy.size()) {
      throw error("Incompatible number of occupancy groups in the short_range_interactions input. Got "
          + input.size() + " groups when the maximum is " + occupancy.size() + " (from the occupancy input).");
    }
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
      throw error("The short-range interactions in occupancy group \"" + id
          + "\" should be defined in a valid list. Got " + JsonText.typeName(list) + ".");
    }
    if (list.isEmpty()) {
      throw error("The short-range interactions in occupancy group \"" + id
          + "\" should be a non-empty list. Got [].");
    }
    List<ShortRangeInteraction> done = new ArrayList<>();
    List<JsonNode> doneNodes = new ArrayList<>();
    for (JsonNode interaction : list) {
      ShortRangeInteraction sr = interaction(id, interaction);
      if (occupancy.isEmpty()) {
        if (!within(sr, simulationStart, simulationFinish)) {
          throw error("Short-range interactions must occur during simulation time. Got "
              + JsonText.json(interaction) + " in occupancy group \"" + id + "\".");
        }
      } else {
        OccupancyGroup group = occupancy.stream().filter(g -> g.id().equals(id)).findFirst()
            .orElseThrow(() -> error("Occupancy group \"" + id
                + "\" referenced in short-range interactions was not found in the occupancy input."));
        if (group.presence().stream().noneMatch(p -> within(sr, p.start(), p.finish()))) {
          throw error("Short-range interaction " + JsonText.json(interaction)
              + " does not fall within any presence interval in occupancy group \"" + id + "\".");
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
      throw error("Each short-range interaction should be a dictionary. Got " + JsonText.typeName(i)
          + " in occupancy group \"" + id + "\".");
    }
    requireKey(id, i, "expiration");
    JsonNode expiration = i.get("expiration");
    if (!expiration.isTextual() || !Choices.EXPIRATIONS.contains(expiration.textValue())) {
      throw error("Invalid expiration value in short-range interaction for occupancy group \"" + id + "\". Got \""
          + JsonText.plain(expiration) + "\".");
    }
    requireKey(id, i, "start_time");
    int start = TimeOfDay.minutesOrInvalid(i.get("start_time"));
    if (start < 0) {
      throw error("Invalid time format for start_time in short-range interaction for occupancy group \"" + id
          + "\". Expected HH:MM, got " + JsonText.plain(i.get("start_time")) + ".");
    }
    requireKey(id, i, "duration");
    JsonNode duration = i.get("duration");
    if (!duration.isNumber() || !Double.isFinite(duration.doubleValue()) || duration.doubleValue() < 0) {
      throw error("The duration value in short-range interaction for occupancy group \"" + id
          + "\" should be a non-negative integer. Got " + JsonText.plain(duration) + ".");
    }
    return new ShortRangeInteraction(id, ExpirationType.fromLabel(expiration.textValue()), start,
        duration.doubleValue());
  }

  private static void requireKey(String id, JsonNode i, String key) {
    if (!i.has(key)) {
      throw error("Missing \"" + key + "\" key in short-range interaction for occupancy group \"" + id
          + "\". Got keys: " + JsonText.keys(i) + ".");
    }
  }

  private static InputError error(String message) {
    return new InputError(FIELD, message);
  }
}
