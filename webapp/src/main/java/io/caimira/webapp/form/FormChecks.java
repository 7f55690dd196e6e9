package io.caimira.webapp.form;

import io.caimira.webapp.i18n.Bundles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.calculator.InputError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's own rules (the ones its script checks before submitting, webapp.md §2.4 and §2.5), checked again on
 * the server with the same messages (the {@link FormMessages} of the page's language), so that a form submitted
 * without its script gets the same answer. The calculator's rules (api.md §5) are checked after these by the
 * calculator itself.
 */
public final class FormChecks {
  private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-3]):([0-5][0-9])$");
  private static final ObjectMapper JSON = io.caimira.calculator.input.InputJson.mapper();

  private final FormFields fields;
  private final FormMessages m;

  private FormChecks(FormFields fields, FormMessages messages) {
    this.fields = fields;
    this.m = messages;
  }

  /** The form's messages in a language ("fr", else English). */
  public static FormMessages messages(java.util.Locale locale) {
    return Bundles.of(FormMessages.class, locale);
  }

  /**
   * @param messages the form's messages in the page's language
   * @throws InputError naming the first field that breaks a rule, with the message the form shows for it
   */
  public static void check(FormFields fields, FormMessages messages) {
    new FormChecks(fields, messages).run();
  }

  private void run() {
    requireText("simulation_name");
    requireText("room_number");
    requireText("location_name", m.err_location());
    requireText("location_latitude", m.err_location());
    requireText("location_longitude", m.err_location());
    if ("room_volume_from_dimensions".equals(value("volume_type"))) {
      positive("floor_area");
      positive("ceiling_height");
    } else if ("room_volume_explicit".equals(value("volume_type"))) {
      positive("room_volume");
    }
    ventilation();
    if (is("hepa_option", "1")) {
      positive("hepa_amount");
    }
    boolean groups = !emptyJson("occupancy");
    if (!groups) {
      population();
    }
    presence("exposed");
    presence("infected");
    breaks("exposed");
    if (is("infected_dont_have_breaks_with_exposed", "1")) {
      breaks("infected");
    }
    if (is("short_range_option", "short_range_yes") && !groups) {
      shortRange();
    }
  }

  private void ventilation() {
    switch (value("ventilation_type")) {
      case "mechanical_ventilation" -> {
        if (is("mechanical_ventilation_type", "mech_type_air_supply")) {
          positive("air_supply");
        } else if (is("mechanical_ventilation_type", "mech_type_air_changes")) {
          positive("air_changes");
        }
      }
      case "natural_ventilation" -> {
        positive("windows_number");
        positive("window_height");
        positive("opening_distance");
        if (is("window_type", "window_hinged")) {
          positive("window_width");
        }
        if (is("window_opening_regime", "windows_open_periodically")) {
          positive("windows_duration");
          positive("windows_frequency");
          if (number("windows_duration") >= number("windows_frequency")) {
            throw new InputError("windows_duration", m.err_duration());
          }
        }
      }
      default -> { }
    }
  }

  private void population() {
    double total = number("total_people");
    if (is("exposure_option", "p_probabilistic_exposure")) {
      positive("geographic_population");
      positive("geographic_cases");
      if (number("geographic_cases") > number("geographic_population")) {
        throw new InputError("geographic_cases", m.err_cases());
      }
      return;
    }
    double infected = value("infected_people").isBlank() ? 1 : number("infected_people");
    if (is("activity_type", "training") && infected > 1) {
      throw new InputError("infected_people", m.err_training());
    }
    if (!Double.isNaN(total) && infected >= total) {
      throw new InputError("infected_people", m.err_infected());
    }
  }

  private void presence(String group) {
    int start = minutes(group + "_start");
    int finish = minutes(group + "_finish");
    if (start >= 0 && finish >= 0 && finish <= start) {
      throw new InputError(group + "_finish", m.err_finish());
    }
  }

  private void breaks(String group) {
    if (!emptyJson("specific_breaks")) {
      return;
    }
    int start = minutes(group + "_start");
    int finish = minutes(group + "_finish");
    int lunch = 0;
    if (!is(group + "_lunch_option", "0")) {
      int lunchStart = minutes(group + "_lunch_start");
      int lunchFinish = minutes(group + "_lunch_finish");
      if (lunchStart >= 0 && lunchFinish >= 0) {
        if (lunchFinish <= lunchStart) {
          throw new InputError(group + "_lunch_finish", m.err_finish());
        }
        if (lunchStart < start || lunchFinish > finish) {
          throw new InputError(group + "_lunch_start", m.err_lunch());
        }
        lunch = lunchFinish - lunchStart;
      }
    }
    String option = value(group + "_coffee_break_option");
    int n = option.matches("coffee_break_[0-4]") ? option.charAt(option.length() - 1) - '0' : 0;
    double coffee = n * (value(group + "_coffee_duration").isBlank() ? 5 : number(group + "_coffee_duration"));
    if (start >= 0 && finish > start && lunch + coffee >= finish - start) {
      throw new InputError(group + "_coffee_break_option",
          group.equals("exposed") ? m.err_breaks_exposed() : m.err_breaks_infected());
    }
  }

  private void shortRange() {
    double occupants = value("short_range_occupants").isBlank() ? 0 : number("short_range_occupants");
    double exposed = number("total_people") - (value("infected_people").isBlank() ? 1 : number("infected_people"));
    if (occupants > exposed) {
      throw new InputError("short_range_occupants",
          m.err_sr_people());
    }
    JsonNode groups = json("short_range_interactions");
    if (groups == null || !groups.isObject()) {
      return;
    }
    int start = minutes("exposed_start");
    int finish = minutes("exposed_finish");
    boolean lunchOn = !is("exposed_lunch_option", "0");
    int lunchStart = lunchOn ? minutes("exposed_lunch_start") : -1;
    int lunchFinish = lunchOn ? minutes("exposed_lunch_finish") : -1;
    for (Map.Entry<String, JsonNode> group : groups.properties()) {
      List<int[]> rows = new ArrayList<>();
      for (JsonNode row : group.getValue()) {
        int s = time(row.path("start_time").asText(""));
        if (s < 0 || !row.hasNonNull("duration") || row.path("expiration").asText("").isEmpty()) {
          throw new InputError("short_range_interactions", m.err_required());
        }
        int d = row.path("duration").asInt();
        if (d < 15) {
          throw new InputError("short_range_interactions", m.err_sr_duration());
        }
        int e = s + d;
        boolean inLunch = lunchStart >= 0 && s < lunchFinish && e > lunchStart;
        if (start >= 0 && finish >= 0 && (s < start || e > finish || inLunch)) {
          throw new InputError("short_range_interactions", m.err_sr_time());
        }
        rows.add(new int[] {s, e});
      }
      rows.sort(Comparator.comparingInt(r -> r[0]));
      for (int i = 1; i < rows.size(); i++) {
        if (rows.get(i)[0] < rows.get(i - 1)[1]) {
          throw new InputError("short_range_interactions", m.err_sr_overlap());
        }
      }
    }
  }

  private String value(String name) {
    String v = fields.get(name);
    return v == null ? "" : v.trim();
  }

  private boolean is(String name, String expected) {
    return expected.equals(value(name));
  }

  private void requireText(String name) {
    requireText(name, m.err_required());
  }

  private void requireText(String name, String message) {
    if (value(name).isEmpty()) {
      throw new InputError(name, message);
    }
  }

  /** Required and greater than 0; a value that is not a number is left to the calculator's message. */
  private void positive(String name) {
    requireText(name);
    double v = number(name);
    if (!Double.isNaN(v) && v <= 0) {
      throw new InputError(name, m.err_positive());
    }
  }

  /** The field as a number; NaN when it is not one or is too long to be read (left to the calculator). */
  private double number(String name) {
    String text = value(name);
    if (text.length() > io.caimira.calculator.input.InputLimits.MAX_NUMBER_TEXT) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Minutes since midnight of an "HH:MM" field; -1 when empty or malformed (left to the calculator). */
  private int minutes(String name) {
    return time(value(name));
  }

  private static int time(String text) {
    Matcher m = TIME.matcher(text);
    return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : -1;
  }

  private boolean emptyJson(String name) {
    JsonNode node = json(name);
    return node == null || node.isEmpty();
  }

  /** The parsed JSON field; null when empty or malformed (malformed JSON is the calculator's to report). */
  private JsonNode json(String name) {
    String v = value(name);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(v);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
