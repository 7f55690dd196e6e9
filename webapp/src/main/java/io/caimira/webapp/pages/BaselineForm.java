package io.caimira.webapp.pages;

import io.caimira.webapp.form.FormFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Upstream's baseline form ({@code baseline_raw_form_data}): an office of 75 m³ with one sliding window open
 * permanently, 10 people of whom 1 infected from 09:00 to 18:00, lunch 12:30–13:30, four 10-minute coffee breaks
 * taken separately by the infected person, Geneva in January, SARS-CoV-2. With a fixed seed, so that its report
 * link always gives the same numbers.
 */
final class BaselineForm {
  /** The seed of the baseline report. */
  static final String SEED = "1";

  private BaselineForm() {}

  static FormFields fields() {
    Map<String, List<String>> v = new LinkedHashMap<>();
    put(v, "activity_type", "office");
    put(v, "ascertainment_bias", "confidence_low");
    put(v, "calculator_version", io.caimira.webapp.CalculatorVersion.VERSION);
    put(v, "conditional_probability_viral_loads", "0");
    put(v, "event_month", "January");
    put(v, "exposed_coffee_break_option", "coffee_break_4");
    put(v, "exposed_coffee_duration", "10");
    put(v, "exposed_finish", "18:00");
    put(v, "exposed_lunch_finish", "13:30");
    put(v, "exposed_lunch_option", "1");
    put(v, "exposed_lunch_start", "12:30");
    put(v, "exposed_start", "09:00");
    put(v, "geographic_cases", "0");
    put(v, "geographic_population", "0");
    put(v, "hepa_amount", "250");
    put(v, "hepa_option", "0");
    put(v, "humidity", "0.5");
    put(v, "infected_coffee_break_option", "coffee_break_4");
    put(v, "infected_coffee_duration", "10");
    put(v, "infected_dont_have_breaks_with_exposed", "1");
    put(v, "infected_finish", "18:00");
    put(v, "infected_lunch_finish", "13:30");
    put(v, "infected_lunch_option", "1");
    put(v, "infected_lunch_start", "12:30");
    put(v, "infected_people", "1");
    put(v, "infected_start", "09:00");
    put(v, "inside_temp", "293.");
    put(v, "location_latitude", "46.20833");
    put(v, "location_longitude", "6.14275");
    put(v, "location_name", "Geneva");
    put(v, "mask_type", "Type I");
    put(v, "mask_wearing_option", "mask_off");
    put(v, "occupancy", "{}");
    put(v, "opening_distance", "0.2");
    put(v, "room_heating_option", "0");
    put(v, "room_number", "123");
    put(v, "room_volume", "75");
    put(v, "short_range_interactions", "{}");
    put(v, "short_range_option", "short_range_no");
    put(v, "simulation_name", "Test");
    put(v, "total_people", "10");
    put(v, "vaccine_booster_option", "0");
    put(v, "vaccine_booster_type", "AZD1222_(AstraZeneca)");
    put(v, "vaccine_option", "0");
    put(v, "vaccine_type", "Ad26.COV2.S_(Janssen)");
    put(v, "ventilation_type", "natural_ventilation");
    put(v, "virus_type", "SARS_CoV_2");
    put(v, "volume_type", "room_volume_explicit");
    put(v, "window_height", "2");
    put(v, "window_opening_regime", "windows_open_permanently");
    put(v, "window_type", "window_sliding");
    put(v, "window_width", "2");
    put(v, "windows_duration", "10");
    put(v, "windows_frequency", "60");
    put(v, "windows_number", "1");
    put(v, "seed", SEED);
    return FormFields.of(v);
  }

  private static void put(Map<String, List<String>> values, String name, String value) {
    values.put(name, List.of(value));
  }
}
