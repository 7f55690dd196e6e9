package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The example body of {@code POST /virus/report} in upstream's REST API documentation (values only): office,
 * 10 people with 1 infected 09:00–18:00, 75 m³, one sliding window 2 m high opened 0.2 m permanently, Geneva in
 * January, Omicron. It omits the lunch options.
 */
public final class DocumentationExample {
  private DocumentationExample() {}

  public static ObjectNode body() {
    ObjectNode b = Baseline.JSON.createObjectNode();
    b.put("activity_type", "office");
    b.put("calculator_version", "N/A");
    b.put("event_month", "January");
    b.put("exposed_finish", "18:00");
    b.put("exposed_lunch_finish", "13:30");
    b.put("exposed_lunch_start", "12:30");
    b.put("exposed_start", "09:00");
    b.put("infected_finish", "18:00");
    b.put("infected_lunch_finish", "13:30");
    b.put("infected_lunch_start", "12:30");
    b.put("infected_people", "1");
    b.put("infected_start", "09:00");
    b.put("inside_temp", "293.");
    b.put("location_latitude", 46.20833);
    b.put("location_longitude", 6.14275);
    b.put("location_name", "Geneva");
    b.put("opening_distance", "0.2");
    b.put("room_number", "123");
    b.put("room_volume", "75");
    b.put("simulation_name", "Test");
    b.put("total_people", "10");
    b.put("ventilation_type", "natural_ventilation");
    b.put("virus_type", "SARS_CoV_2_OMICRON");
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
}
