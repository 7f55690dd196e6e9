package io.caimira.api;

/**
 * Request bodies shown in the OpenAPI document, with each value in the JSON type of its schema (a morning without
 * lunch for the CO₂ routes).
 */
final class ApiExamples {
  private ApiExamples() {}

  static final String VIRUS_REPORT = "{\"calculator_version\": \"4.19.0\", \"simulation_name\": \"Office\", "
      + "\"room_number\": \"123\", \"location_name\": \"Geneva\", \"location_latitude\": 46.20833, "
      + "\"location_longitude\": 6.14275, \"inside_temp\": 293.0, \"volume_type\": \"room_volume_explicit\", "
      + "\"room_volume\": 60, \"total_people\": 10, \"infected_people\": 1, \"activity_type\": \"office\", "
      + "\"ventilation_type\": \"natural_ventilation\", \"window_type\": \"window_sliding\", "
      + "\"window_opening_regime\": \"windows_open_permanently\", \"window_height\": 1.6, "
      + "\"window_width\": 1, \"windows_number\": 1, \"opening_distance\": 0.2, "
      + "\"mask_wearing_option\": \"mask_off\", \"exposed_start\": \"09:00\", \"exposed_finish\": \"18:00\", "
      + "\"infected_start\": \"09:00\", \"infected_finish\": \"18:00\", \"event_month\": \"January\", \"seed\": 42}";

  static final String CO2_TRANSITION_TIMES = "{\"CO2_data\": {\"times\": [8.0, 8.5, 9.0, 9.5, 10.0], "
      + "\"CO2\": [440, 620, 780, 700, 560]}, \"room_volume\": 60, \"total_people\": 2, "
      + "\"infected_people\": 1, \"exposed_start\": \"08:00\", \"exposed_finish\": \"10:00\", "
      + "\"infected_start\": \"08:00\", \"infected_finish\": \"10:00\", \"exposed_lunch_option\": false, "
      + "\"infected_lunch_option\": false}";

  static final String CO2_REPORT = "{\"CO2_data\": {\"times\": [8.0, 8.5, 9.0, 9.5, 10.0], "
      + "\"CO2\": [440, 620, 780, 700, 560]}, \"fitting_ventilation_states\": [8.0, 9.0, 10.0], "
      + "\"room_volume\": 60, \"room_capacity\": 10, \"total_people\": 2, \"infected_people\": 1, "
      + "\"exposed_start\": \"08:00\", \"exposed_finish\": \"10:00\", \"infected_start\": \"08:00\", "
      + "\"infected_finish\": \"10:00\", \"exposed_lunch_option\": false, \"infected_lunch_option\": false}";
}
