package io.caimira.calculator.input;

import static io.caimira.calculator.input.FieldSpec.optional;
import static io.caimira.calculator.input.FieldSpec.required;
import static io.caimira.calculator.input.FieldType.DICT;
import static io.caimira.calculator.input.FieldType.FLOAT;
import static io.caimira.calculator.input.FieldType.INT;
import static io.caimira.calculator.input.FieldType.LIST;
import static io.caimira.calculator.input.FieldType.OPTIONAL_INT;
import static io.caimira.calculator.input.FieldType.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The keys of a CO₂ body (upstream {@code CO2FormData._DEFAULTS}, in its order; api.md §7.1). */
public final class Co2Fields {
  private Co2Fields() {}

  private static final Set<String> SHARED = Set.of(
      "exposed_coffee_break_option", "exposed_coffee_duration", "exposed_finish", "exposed_lunch_finish",
      "exposed_lunch_option", "exposed_lunch_start", "exposed_start", "infected_coffee_break_option",
      "infected_coffee_duration", "infected_dont_have_breaks_with_exposed", "infected_finish",
      "infected_lunch_finish", "infected_lunch_option", "infected_lunch_start", "infected_people",
      "infected_start", "occupancy", "specific_breaks");

  public static final List<FieldSpec> ALL = build();

  private static List<FieldSpec> build() {
    List<FieldSpec> own = new ArrayList<>(List.of(
        optional("CO2_data", DICT, "{}", "Sensor data {\"times\": [h…], \"CO2\": [ppm…]} (same lengths)"),
        optional("fitting_ventilation_states", LIST, "[]",
            "Ventilation transition times [h] for the fit (the last CO₂ time is appended)"),
        optional("room_capacity", OPTIONAL_INT, null, "Room capacity, for the flow per person (> 0)")
            .within(0, 1_000_000, "", "upstream form min 1; max as total_people"),
        required("room_volume", FLOAT, "Room volume [m³]")
            .within(1, 1e7, "m³", "as the virus report's room_volume"),
        required("total_people", INT, "Number of people, infected included (single group)")
            .within(0, 1_000_000, "", "as the virus report's total_people"),
        // the virus route's identification fields, so that one body can be sent to every route
        optional("calculator_version", STRING, "", "Version of the calling client (accepted, not used)"),
        optional("room_number", STRING, "", "Room identifier (accepted, not used)"),
        optional("simulation_name", STRING, "", "Name of the simulation (accepted, not used)")));
    for (FieldSpec f : VirusFields.ALL) {
      if (SHARED.contains(f.name())) {
        own.add(f);
      }
    }
    own.sort(java.util.Comparator.comparing(FieldSpec::name));
    return List.copyOf(own);
  }
}
