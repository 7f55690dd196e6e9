package io.caimira.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Valid inputs that the attacks start from: the API's documented examples (docs/api.md, the OpenAPI examples), an
 * office with periodic windows, short-range interactions and breaks, and the calculator form's fields.
 */
final class ValidBodies {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The ordinary report: the OpenAPI example of POST /virus/report. */
  static final String VIRUS = "{\"calculator_version\": \"4.19.0\", \"simulation_name\": \"Office\", "
      + "\"room_number\": \"123\", \"location_name\": \"Geneva\", \"location_latitude\": 46.20833, "
      + "\"location_longitude\": 6.14275, \"inside_temp\": \"293.\", \"volume_type\": \"room_volume_explicit\", "
      + "\"room_volume\": \"60\", \"total_people\": \"10\", \"infected_people\": \"1\", \"activity_type\": \"office\", "
      + "\"ventilation_type\": \"natural_ventilation\", \"window_type\": \"window_sliding\", "
      + "\"window_opening_regime\": \"windows_open_permanently\", \"window_height\": \"1.6\", "
      + "\"window_width\": \"1\", \"windows_number\": \"1\", \"opening_distance\": \"0.2\", "
      + "\"mask_wearing_option\": \"mask_off\", \"exposed_start\": \"09:00\", \"exposed_finish\": \"18:00\", "
      + "\"infected_start\": \"09:00\", \"infected_finish\": \"18:00\", \"event_month\": \"January\", \"seed\": 42}";

  /** Every optional part switched on: periodic hinged windows, HEPA, short range, specific breaks, masks. */
  static final String VIRUS_RICH = "{\"calculator_version\": \"4.19.0\", \"simulation_name\": \"Rich\", "
      + "\"room_number\": \"R-1\", \"location_name\": \"Geneva\", \"location_latitude\": 46.2, "
      + "\"location_longitude\": 6.14, \"inside_temp\": 293, \"volume_type\": \"room_volume_from_dimensions\", "
      + "\"floor_area\": 30, \"ceiling_height\": 2.7, \"total_people\": 8, \"infected_people\": 1, "
      + "\"activity_type\": \"smallmeeting\", \"ventilation_type\": \"natural_ventilation\", "
      + "\"window_type\": \"window_hinged\", \"window_opening_regime\": \"windows_open_periodically\", "
      + "\"windows_frequency\": 60, \"windows_duration\": 10, \"window_height\": 1.2, \"window_width\": 0.8, "
      + "\"windows_number\": 2, \"opening_distance\": 0.15, \"hepa_option\": \"1\", \"hepa_amount\": 250, "
      + "\"mask_wearing_option\": \"mask_on\", \"mask_type\": \"FFP2\", \"exposed_start\": \"08:30\", "
      + "\"exposed_finish\": \"17:30\", \"infected_start\": \"08:30\", \"infected_finish\": \"17:30\", "
      + "\"short_range_option\": \"short_range_yes\", \"short_range_occupants\": 2, \"short_range_interactions\": "
      + "{\"group_1\": [{\"expiration\": \"Speaking\", \"start_time\": \"10:30\", \"duration\": 30}]}, "
      + "\"specific_breaks\": {\"exposed_breaks\": [{\"start_time\": \"12:00\", \"finish_time\": \"12:45\"}], "
      + "\"infected_breaks\": [{\"start_time\": \"12:00\", \"finish_time\": \"12:45\"}]}, "
      + "\"event_month\": \"March\", \"seed\": 7}";

  /** Two occupancy groups. */
  static final String VIRUS_OCCUPANCY = "{\"calculator_version\": \"4.19.0\", \"simulation_name\": \"Groups\", "
      + "\"room_number\": \"R-2\", \"location_name\": \"Geneva\", \"location_latitude\": 46.2, "
      + "\"location_longitude\": 6.14, \"inside_temp\": 293, \"volume_type\": \"room_volume_explicit\", "
      + "\"room_volume\": 80, \"total_people\": 15, \"infected_people\": 3, \"ventilation_type\": "
      + "\"mechanical_ventilation\", \"mechanical_ventilation_type\": \"mech_type_air_changes\", "
      + "\"air_changes\": 3, \"occupancy\": {\"group_A\": {\"total_people\": 10, \"infected\": 2, \"presence\": "
      + "[{\"start_time\": \"09:00\", \"finish_time\": \"12:00\"}]}, \"group_B\": {\"total_people\": 5, "
      + "\"infected\": 1, \"presence\": [{\"start_time\": \"13:00\", \"finish_time\": \"17:00\"}]}}, \"seed\": 3}";

  /** The OpenAPI example of POST /co2/transition_times. */
  static final String CO2_TIMES = "{\"CO2_data\": {\"times\": [8.0, 8.5, 9.0, 9.5, 10.0], "
      + "\"CO2\": [440, 620, 780, 700, 560]}, \"room_volume\": \"60\", \"total_people\": \"2\", "
      + "\"infected_people\": \"1\", \"exposed_start\": \"08:00\", \"exposed_finish\": \"10:00\", "
      + "\"infected_start\": \"08:00\", \"infected_finish\": \"10:00\", \"exposed_lunch_option\": \"0\", "
      + "\"infected_lunch_option\": \"0\"}";

  /** The OpenAPI example of POST /co2/report. */
  static final String CO2_REPORT = "{\"CO2_data\": {\"times\": [8.0, 8.5, 9.0, 9.5, 10.0], "
      + "\"CO2\": [440, 620, 780, 700, 560]}, \"fitting_ventilation_states\": [8.0, 9.0, 10.0], "
      + "\"room_volume\": \"60\", \"room_capacity\": 10, \"total_people\": \"2\", \"infected_people\": \"1\", "
      + "\"exposed_start\": \"08:00\", \"exposed_finish\": \"10:00\", \"infected_start\": \"08:00\", "
      + "\"infected_finish\": \"10:00\", \"exposed_lunch_option\": \"0\", \"infected_lunch_option\": \"0\"}";

  private ValidBodies() {}

  /** A virus-report body by name: office, rich (every option), occupancy (groups). */
  static String virus(String name) {
    return switch (name) {
      case "rich" -> VIRUS_RICH;
      case "occupancy" -> VIRUS_OCCUPANCY;
      default -> VIRUS;
    };
  }

  static ObjectNode object(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The calculator form's fields of a body: every value as the form sends it (a string; objects as JSON). */
  static Map<String, String> formFields(String json) {
    Map<String, String> fields = new LinkedHashMap<>();
    object(json).fields().forEachRemaining(e -> fields.put(e.getKey(),
        e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
    return fields;
  }
}
