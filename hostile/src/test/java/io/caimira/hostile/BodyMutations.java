package io.caimira.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of {@link BodyMutation}s for a valid body: every field of it, at any depth, and every route input. */
final class BodyMutations {
  static final List<String> VIRUS_KEYS = List.of("CO2_fitting_result", "activity_type", "air_changes", "air_supply",
      "arve_sensors_option", "ascertainment_bias", "calculator_version", "ceiling_height",
      "conditional_probability_viral_loads", "event_month", "exposed_coffee_break_option", "exposed_coffee_duration",
      "exposed_finish", "exposed_lunch_finish", "exposed_lunch_option", "exposed_lunch_start", "exposed_start",
      "exposure_option", "floor_area", "geographic_cases", "geographic_population", "hepa_amount", "hepa_option",
      "humidity", "infected_coffee_break_option", "infected_coffee_duration", "infected_dont_have_breaks_with_exposed",
      "infected_finish", "infected_lunch_finish", "infected_lunch_option", "infected_lunch_start", "infected_people",
      "infected_start", "inside_temp", "location_latitude", "location_longitude", "location_name", "mask_type",
      "mask_wearing_option", "mechanical_ventilation_type", "occupancy", "opening_distance", "precise_activity",
      "room_heating_option", "room_number", "room_volume", "sensor_in_use", "short_range_interactions",
      "short_range_occupants", "short_range_option", "simulation_name", "specific_breaks", "total_people",
      "vaccine_booster_option", "vaccine_booster_type", "vaccine_option", "vaccine_type", "ventilation_type",
      "virus_type", "volume_type", "window_height", "window_opening_regime", "window_type", "window_width",
      "windows_duration", "windows_frequency", "windows_number", "seed");
  static final List<String> CO2_KEYS = List.of("CO2_data", "exposed_coffee_break_option", "exposed_coffee_duration",
      "exposed_finish", "exposed_lunch_finish", "exposed_lunch_option", "exposed_lunch_start", "exposed_start",
      "fitting_ventilation_states", "infected_coffee_break_option", "infected_coffee_duration",
      "infected_dont_have_breaks_with_exposed", "infected_finish", "infected_lunch_finish", "infected_lunch_option",
      "infected_lunch_start", "infected_people", "infected_start", "occupancy", "room_capacity", "room_volume",
      "specific_breaks", "total_people");

  private BodyMutations() {}

  /** Mutations of {@code validJson}, whose route takes {@code keys}. */
  static Arbitrary<BodyMutation> of(String validJson, List<String> keys, Arbitrary<HostileValue> values) {
    List<String> pointers = pointers(ValidBodies.object(validJson), keys);
    List<String> present = new ArrayList<>();
    ValidBodies.object(validJson).fieldNames().forEachRemaining(k -> present.add("/" + k));
    Arbitrary<String> anywhere = Arbitraries.of(pointers);
    Arbitrary<String> top = Arbitraries.of(present);
    return Arbitraries.frequencyOf(
        Tuple.of(10, Combinators.combine(anywhere, values).as((p, v) -> new BodyMutation("replace", p, v))),
        Tuple.of(2, anywhere.map(p -> new BodyMutation("drop", p, null))),
        Tuple.of(2, Combinators.combine(top, values, Arbitraries.of("duplicate first", "duplicate last"))
            .as((p, v, op) -> new BodyMutation(op, p, v))),
        Tuple.of(1, values.map(v -> new BodyMutation("whole body", "", v))));
  }

  /** JSON pointers of every node of the body (objects, arrays and their elements) and of every route input. */
  static List<String> pointers(JsonNode body, List<String> keys) {
    Set<String> out = new LinkedHashSet<>();
    collect(body, "", out);
    out.remove("");
    keys.forEach(k -> out.add("/" + k));
    return new ArrayList<>(out);
  }

  private static void collect(JsonNode node, String at, Set<String> out) {
    out.add(at);
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, out);
      }
    }
  }
}
