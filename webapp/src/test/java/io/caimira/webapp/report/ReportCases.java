package io.caimira.webapp.report;

import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calculator inputs of the report tests (with a fixed seed) and their report links. */
final class ReportCases {
  private ReportCases() {}

  /** An office of 60 m³ without ventilation: 10 people, 1 infected, Omicron, 08:30–17:30 with lunch. */
  static Map<String, String> office() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("calculator_version", "4.19.0");
    f.put("simulation_name", "Office test");
    f.put("room_number", "1/1-001");
    f.put("volume_type", "room_volume_explicit");
    f.put("room_volume", "60");
    f.put("total_people", "10");
    f.put("infected_people", "1");
    f.put("virus_type", "SARS_CoV_2_OMICRON");
    f.put("ventilation_type", "no_ventilation");
    f.put("activity_type", "office");
    f.put("exposed_start", "08:30");
    f.put("exposed_finish", "17:30");
    f.put("infected_start", "08:30");
    f.put("infected_finish", "17:30");
    f.put("exposed_lunch_option", "1");
    f.put("exposed_lunch_start", "12:30");
    f.put("exposed_lunch_finish", "13:30");
    f.put("location_name", "Geneva, CHE");
    f.put("location_latitude", "46.20833");
    f.put("location_longitude", "6.14275");
    f.put("inside_temp", "293");
    f.put("seed", "42");
    return f;
  }

  /** The office with two Speaking interactions of 3 people. */
  static Map<String, String> shortRange() {
    Map<String, String> f = office();
    f.put("simulation_name", "Short range test");
    f.put("short_range_option", "short_range_yes");
    f.put("short_range_occupants", "3");
    f.put("short_range_interactions", "{\"group_1\": [{\"expiration\": \"Speaking\", \"start_time\": \"10:30\", "
        + "\"duration\": 30}, {\"expiration\": \"Speaking\", \"start_time\": \"14:00\", \"duration\": 15}]}");
    return f;
  }

  /** Probabilistic exposure with the local incidence. */
  static Map<String, String> probabilistic(Map<String, String> f) {
    f.put("exposure_option", "p_probabilistic_exposure");
    f.put("geographic_population", "100000");
    f.put("geographic_cases", "500");
    f.put("ascertainment_bias", "confidence_low");
    return f;
  }

  /** Two occupancy groups. */
  static Map<String, String> occupancy() {
    Map<String, String> f = office();
    f.put("simulation_name", "Occupancy test");
    f.put("occupancy", "{\"group_A\": {\"total_people\": 10, \"infected\": 2, \"presence\": [{\"start_time\": "
        + "\"09:00\", \"finish_time\": \"12:00\"}]}, \"group_B\": {\"total_people\": 5, \"infected\": 1, "
        + "\"presence\": [{\"start_time\": \"13:00\", \"finish_time\": \"17:00\"}]}}");
    return f;
  }

  /**
   * The office ventilated as a CO₂ fit found it: 1.5, 0.3 and 2.25 h⁻¹ over 08:30–12:30–13:30–17:30, i.e. 25, 5
   * and 37.5 L/s in the 60 m³ room, 2.5, 0.5 and 3.75 L/s/person for a capacity of 10 ({@code capacity} null: as
   * upstream stores a fit without capacity, '' for the capacity and the per-person values).
   */
  static Map<String, String> fromFitting(Integer capacity) {
    Map<String, String> f = office();
    f.put("simulation_name", "Fitting test");
    f.put("ventilation_type", "from_fitting");
    String perPerson = capacity == null ? "\"\"" : "[2.5, 0.5, 3.75]";
    f.put("CO2_fitting_result", "{\"exhalation_rate\": 0.5123, \"ventilation_values\": [1.5, 0.3, 2.25], "
        + "\"room_capacity\": " + (capacity == null ? "\"\"" : capacity) + ", \"ventilation_ls_values\": "
        + "[25.0, 5.0, 37.5], \"ventilation_lsp_values\": " + perPerson + ", \"transition_times\": "
        + "[8.5, 12.5, 13.5, 17.5]}");
    return f;
  }

  /** The office with specific breaks of the exposed (which replace its lunch) and, when given, of the infected. */
  static Map<String, String> specificBreaks(String infectedBreaks) {
    Map<String, String> f = office();
    f.put("exposed_coffee_break_option", "coffee_break_2");
    f.put("exposed_coffee_duration", "10");
    f.put("specific_breaks", "{\"exposed_breaks\": [{\"start_time\": \"10:00\", \"finish_time\": \"10:15\"}, "
        + "{\"start_time\": \"12:00\", \"finish_time\": \"12:45\"}], \"infected_breaks\": " + infectedBreaks + "}");
    return f;
  }

  static Map<String, String> conditional() {
    Map<String, String> f = office();
    f.put("conditional_probability_viral_loads", "1");
    return f;
  }

  /** The compressed inputs of the report link. */
  static String compressed(Map<String, String> fields) {
    return LinkCodec.encode(query(fields));
  }

  static String query(Map<String, String> fields) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    fields.forEach((k, v) -> params.put(k, List.of(v)));
    return FormFields.of(params).toQuery();
  }

  /** The report page path of the inputs. */
  static String link(Map<String, String> fields) {
    return "/calculator/report?c=" + compressed(fields);
  }
}
