package io.caimira.calculator.input;

import static io.caimira.calculator.input.FieldSpec.choice;
import static io.caimira.calculator.input.FieldSpec.optional;
import static io.caimira.calculator.input.FieldSpec.required;
import static io.caimira.calculator.input.FieldType.BOOL;
import static io.caimira.calculator.input.FieldType.DICT;
import static io.caimira.calculator.input.FieldType.FLOAT;
import static io.caimira.calculator.input.FieldType.INT;
import static io.caimira.calculator.input.FieldType.LIST;
import static io.caimira.calculator.input.FieldType.OPTIONAL_FLOAT;
import static io.caimira.calculator.input.FieldType.OPTIONAL_LONG;
import static io.caimira.calculator.input.FieldType.STRING;
import static io.caimira.calculator.input.FieldType.TIME;

import java.util.List;

/**
 * The keys of a virus-report body, in upstream's defaults order (defaults.py, CAiMIRA 4.19; the order decides
 * which missing required key is reported first), plus the port's optional {@code seed} (api.md §13, decision 12).
 */
public final class VirusFields {
  private VirusFields() {}

  public static final List<FieldSpec> ALL = List.of(
      optional("CO2_fitting_result", DICT, "{}",
          "Fitted ventilation for `from_fitting`: {\"transition_times\": [h…], \"ventilation_values\": [ACH…]} "
              + "(one value per interval)"),
      choice("activity_type", "office", ActivityType.keys(),
          "Activity scenario: physical activity of everyone and expiration mix of the infected"),
      optional("air_changes", FLOAT, 0.0, "Air changes per hour [h⁻¹] (mechanical, `mech_type_air_changes`)")
          .within(0, 1000, "h⁻¹", "upstream form min 0; max: ten times a clean room's air changes"),
      optional("air_supply", FLOAT, 0.0, "Mechanical air supply [m³/h] (`mech_type_air_supply`)")
          .within(0, 1e7, "m³/h", "upstream form min 0; max: port's choice (a large hall's ventilation)"),
      optional("arve_sensors_option", BOOL, false, "Use the sensor `humidity` and `inside_temp`"),
      choice("ascertainment_bias", "confidence_low", Choices.ASCERTAINMENT_BIAS,
          "Ratio of true to reported cases: low 10, medium 5, high 2"),
      required("calculator_version", STRING, "Version of the calling client (not used by the model)"),
      optional("ceiling_height", FLOAT, 0.0, "Ceiling height [m] (`room_volume_from_dimensions`)")
          .within(0.5, 300, "m", "upstream form min 0; port: half a metre to a 300 m hall"),
      optional("conditional_probability_viral_loads", BOOL, false,
          "Add the infection probability conditioned on the viral load"),
      choice("event_month", "January", Choices.MONTH_NAMES, "Month of the event (outside temperature)"),
      choice("exposed_coffee_break_option", "coffee_break_0", Choices.COFFEE_OPTIONS,
          "Number of coffee breaks of the exposed (0 to 4)"),
      optional("exposed_coffee_duration", INT, 5, "Duration of each coffee break of the exposed [min]")
          .within(0, 1440, "min", "a day"),
      optional("exposed_finish", TIME, "17:30", "End of the exposed presence"),
      optional("exposed_lunch_finish", TIME, "13:30", "End of the exposed lunch break"),
      optional("exposed_lunch_option", BOOL, true, "Whether the exposed take a lunch break"),
      optional("exposed_lunch_start", TIME, "12:30", "Start of the exposed lunch break"),
      optional("exposed_start", TIME, "08:30", "Start of the exposed presence"),
      optional("exposure_option", STRING, "p_deterministic_exposure",
          "`p_probabilistic_exposure` adds the probability of exposure from the local incidence"),
      optional("floor_area", FLOAT, 0.0, "Floor area [m²] (`room_volume_from_dimensions`)")
          .within(0.5, 1e6, "m²", "upstream form min 0; port: half a square metre to a square kilometre"),
      optional("geographic_cases", INT, 0, "New reported cases per day in the area (incidence)"),
      optional("geographic_population", INT, 0, "Inhabitants of the area (incidence)"),
      optional("hepa_amount", FLOAT, 0.0, "HEPA filter flow rate [m³/h]")
          .within(0, 1e6, "m³/h", "upstream form min 0; max: port's choice"),
      optional("hepa_option", BOOL, false, "Whether a HEPA filter runs all day"),
      optional("humidity", STRING, "", "Relative humidity 0..1 measured by a sensor (with `arve_sensors_option`)"),
      choice("infected_coffee_break_option", "coffee_break_0", Choices.COFFEE_OPTIONS,
          "Number of coffee breaks of the infected (used with `infected_dont_have_breaks_with_exposed`)"),
      optional("infected_coffee_duration", INT, 5, "Duration of each coffee break of the infected [min]")
          .within(0, 1440, "min", "a day"),
      optional("infected_dont_have_breaks_with_exposed", BOOL, false,
          "The infected have their own lunch and coffee breaks (else they take the exposed's)"),
      optional("infected_finish", TIME, "17:30", "End of the infected presence"),
      optional("infected_lunch_finish", TIME, "13:30", "End of the infected lunch break"),
      optional("infected_lunch_option", BOOL, true, "Whether the infected take a lunch break (own breaks only)"),
      optional("infected_lunch_start", TIME, "12:30", "Start of the infected lunch break"),
      optional("infected_people", INT, 1, "Number of infected people (single group)")
          .within(0, 1_000_000, "", "upstream form min 1; max: port's choice (sums cannot overflow)"),
      optional("infected_start", TIME, "08:30", "Start of the infected presence"),
      required("inside_temp", FLOAT, "Inside temperature [K] (used with `arve_sensors_option`; else 293 K)")
          .within(223.15, 373.15, "K", "physics: −50 °C to 100 °C"),
      required("location_latitude", FLOAT, "Latitude of the room [degrees]")
          .within(-90, 90, "°", "geography"),
      required("location_longitude", FLOAT, "Longitude of the room [degrees]")
          .within(-180, 180, "°", "geography"),
      required("location_name", STRING, "Name of the location (not used by the model)"),
      choice("mask_type", "Type I", Choices.MASK_TYPES, "Mask worn by everyone when `mask_on`"),
      choice("mask_wearing_option", "mask_off", Choices.MASK_WEARING_OPTIONS, "Whether masks are worn"),
      choice("mechanical_ventilation_type", "not-applicable", Choices.MECHANICAL_VENTILATION_TYPES,
          "Kind of mechanical ventilation"),
      optional("occupancy", DICT, "{}",
          "Dynamic groups {id: {\"total_people\": n, \"infected\": n, \"presence\": [{\"start_time\", "
              + "\"finish_time\"}…]}}; replaces the single-group inputs"),
      optional("opening_distance", FLOAT, 0.0, "Window opening distance [m]")
          .within(0.01, 50, "m", "upstream form min 0; port: 1 cm to 50 m"),
      optional("precise_activity", DICT, "{}",
          "For `precise`: {\"physical_activity\": name, \"respiratory_activity\": [{\"type\", \"percentage\"}…]} "
              + "(percentages sum to 100)"),
      optional("room_heating_option", BOOL, false, "Heated room: humidity 0.3 instead of 0.5"),
      required("room_number", STRING, "Room identifier (not used by the model)"),
      optional("room_volume", FLOAT, 0.0, "Room volume [m³] (`room_volume_explicit`)")
          .within(1, 1e7, "m³", 
              "upstream form min 0; port: 1 m³ (a cabin) to 10 million m³ (the largest halls)"),
      optional("sensor_in_use", STRING, "", "Sensor name (not used by the model)"),
      optional("short_range_interactions", DICT, "{}",
          "{group_id: [{\"expiration\": Breathing/Speaking/Singing/Shouting, \"start_time\": \"HH:MM\", "
              + "\"duration\": min}…]} (one group without occupancy)"),
      optional("short_range_occupants", INT, 0, "Exposed people having the short-range interactions")
          .within(0, 1_000_000, "", "upstream form min 0; max as total_people"),
      optional("short_range_option", STRING, "short_range_no", "`short_range_yes` enables short-range interactions"),
      required("simulation_name", STRING, "Name of the simulation (not used by the model)"),
      optional("specific_breaks", DICT, "{}",
          "{\"exposed_breaks\": [{\"start_time\", \"finish_time\"}…], \"infected_breaks\": […]}; replaces lunch "
              + "and coffee breaks"),
      required("total_people", INT, "Number of people in the room, infected included (single group)")
          .within(1, 1_000_000, "", 
              "upstream form min 1; max: port's choice (a stadium is 10⁵; sums cannot overflow)"),
      optional("vaccine_booster_option", BOOL, false, "The exposed had a booster dose"),
      choice("vaccine_booster_type", "AZD1222_(AstraZeneca)", Choices.VACCINE_BOOSTER_TYPES,
          "Booster vaccine (with the primary series, selects the host immunity)"),
      optional("vaccine_option", BOOL, false, "The exposed are vaccinated"),
      choice("vaccine_type", "AZD1222_(AstraZeneca)", Choices.VACCINE_TYPES, "Primary vaccine series"),
      choice("ventilation_type", "no_ventilation", Choices.VENTILATION_TYPES, "Ventilation of the room"),
      choice("virus_type", "SARS_CoV_2", Choices.VIRUS_TYPES, "Virus variant"),
      new FieldSpec("volume_type", FieldType.STRING, null, true, Choices.VOLUME_TYPES,
          "How the room volume is given"),
      optional("window_height", FLOAT, 0.0, "Window height [m]")
          .within(0.01, 50, "m", "upstream form min 0; port: 1 cm to 50 m"),
      choice("window_opening_regime", "windows_open_permanently", Choices.WINDOW_OPENING_REGIMES,
          "Windows open all day or periodically"),
      choice("window_type", "window_sliding", Choices.WINDOW_TYPES, "Sliding/side-hung or top/bottom-hung window"),
      optional("window_width", FLOAT, 0.0, "Window width [m] (hinged windows)")
          .within(0.01, 50, "m", "upstream form min 0; port: 1 cm to 50 m"),
      optional("windows_duration", FLOAT, 10.0, "Periodic opening: minutes open each period")
          .within(1, 1440, "min", "upstream form min 1; max: a day"),
      optional("windows_frequency", FLOAT, 60.0, "Periodic opening: period [min]")
          .within(1, 1440, "min", "upstream form min 1; max: a day"),
      optional("windows_number", INT, 0, "Number of windows")
          .within(1, 10000, "", "upstream form min 1; max: port's choice"),
      optional("outside_temp_hourly", LIST, "[]",
          "The outside temperatures of the event month [°C], 24 values at 00:00, 01:00 … 23:00 local time, for "
              + "natural ventilation instead of the weather data of the location (with neither this nor "
              + "`outside_temp_min` and `outside_temp_max` the weather data are used)"),
      optional("outside_temp_max", OPTIONAL_FLOAT, null,
          "The daily maximum outside temperature of the event month [°C], with `outside_temp_min` (natural "
              + "ventilation; a two-part cosine with the minimum at 06:00 and the maximum at 15:00)")
          .within(InputLimits.OUTSIDE_CELSIUS.min(), InputLimits.OUTSIDE_CELSIUS.max(), "°C",
              InputLimits.OUTSIDE_CELSIUS.source()),
      optional("outside_temp_min", OPTIONAL_FLOAT, null,
          "The daily minimum outside temperature of the event month [°C], with `outside_temp_max`")
          .within(InputLimits.OUTSIDE_CELSIUS.min(), InputLimits.OUTSIDE_CELSIUS.max(), "°C",
              InputLimits.OUTSIDE_CELSIUS.source()),
      optional("seed", OPTIONAL_LONG, null,
          "Port only: seed of the Monte-Carlo draws; the same input and seed give identical numbers"));
}
