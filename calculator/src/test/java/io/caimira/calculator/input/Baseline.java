package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.InputError;
import org.assertj.core.api.ThrowableAssert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The baseline body of upstream's calculator tests ({@code baseline_raw_form_data}, virus_validator.py): office,
 * 10 people with 1 infected 09:00–18:00, lunch 12:30–13:30 and 4 coffee breaks of 10 min each (the infected with
 * their own breaks), 75 m³, one sliding window 2 m × 0.2 m open permanently, Geneva, January.
 */
public final class Baseline {
  public static final ObjectMapper JSON = new ObjectMapper();

  private Baseline() {}

  public static ObjectNode body() {
    ObjectNode b = JSON.createObjectNode();
    b.put("activity_type", "office");
    b.put("air_changes", "");
    b.put("air_supply", "");
    b.put("ascertainment_bias", "confidence_low");
    b.put("calculator_version", "4.19.0");
    b.put("ceiling_height", "");
    b.put("conditional_probability_viral_loads", "0");
    b.put("event_month", "January");
    b.put("exposed_coffee_break_option", "coffee_break_4");
    b.put("exposed_coffee_duration", "10");
    b.put("exposed_finish", "18:00");
    b.put("exposed_lunch_finish", "13:30");
    b.put("exposed_lunch_option", "1");
    b.put("exposed_lunch_start", "12:30");
    b.put("exposed_start", "09:00");
    b.put("floor_area", "");
    b.put("geographic_cases", 0);
    b.put("geographic_population", 0);
    b.put("hepa_amount", "250");
    b.put("hepa_option", "0");
    b.put("humidity", "0.5");
    b.put("infected_coffee_break_option", "coffee_break_4");
    b.put("infected_coffee_duration", "10");
    b.put("infected_dont_have_breaks_with_exposed", "1");
    b.put("infected_finish", "18:00");
    b.put("infected_lunch_finish", "13:30");
    b.put("infected_lunch_option", "1");
    b.put("infected_lunch_start", "12:30");
    b.put("infected_people", "1");
    b.put("infected_start", "09:00");
    b.put("inside_temp", "293.");
    b.put("location_latitude", 46.20833);
    b.put("location_longitude", 6.14275);
    b.put("location_name", "Geneva");
    b.put("mask_type", "Type I");
    b.put("mask_wearing_option", "mask_off");
    b.put("mechanical_ventilation_type", "");
    b.put("occupancy", "{}");
    b.put("opening_distance", "0.2");
    b.put("room_heating_option", "0");
    b.put("room_number", "123");
    b.put("room_volume", "75");
    b.put("short_range_interactions", "{}");
    b.put("short_range_option", "short_range_no");
    b.put("simulation_name", "Test");
    b.put("total_people", "10");
    b.put("vaccine_booster_option", "0");
    b.put("vaccine_booster_type", "AZD1222_(AstraZeneca)");
    b.put("vaccine_option", "0");
    b.put("vaccine_type", "Ad26.COV2.S_(Janssen)");
    b.put("ventilation_type", "natural_ventilation");
    b.put("virus_type", "SARS_CoV_2");
    b.put("volume_type", "room_volume_explicit");
    b.put("window_height", "2");
    b.put("window_opening_regime", "windows_open_permanently");
    b.put("window_type", "window_sliding");
    b.put("window_width", "2");
    b.put("windows_duration", "10");
    b.put("windows_frequency", "60");
    b.put("windows_number", "1");
    return b;
  }

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static VirusInput parse(JsonNode body) {
    return VirusInputParser.parse(body);
  }

  /** Asserts an InputError with exactly this message and field. */
  public static void assertInputError(ThrowableAssert.ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(InputError.class)
        .hasMessage(message)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InputError) e).field()).isEqualTo(field));
  }
}
