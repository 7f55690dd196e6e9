package io.caimira.webapp.co2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.input.Co2Data;
import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;

/**
 * The body of the API's CO₂ routes ({@code /co2/transition_times}, {@code /co2/report}; api.md §7.1) built from
 * the calculator form's current values: the form's CO₂ keys are copied as the form sends them (strings), the
 * others are left out; the room volume is the explicit volume or, unlike upstream, floor area × ceiling height.
 */
public final class Co2Body {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Co2Body() {}

  /**
   * @param form the form's values (name → string); null fields count as empty
   * @param data {@code CO2_data} as the API takes it ({"times": [h…], "CO2": [ppm…]}), or null
   * @param states {@code fitting_ventilation_states} [h], or null
   * @param capacity {@code room_capacity} (may be null or blank)
   */
  public static ObjectNode of(JsonNode form, JsonNode data, JsonNode states, JsonNode capacity, Co2Messages text) {
    if (form == null || !form.isObject()) {
      throw new UploadError(400, "form", "form should be an object of the calculator form's values.");
    }
    ObjectNode body = JSON.objectNode();
    for (FieldSpec f : Co2Fields.ALL) {
      String value = text(form, f.name());
      if (!value.isEmpty() && !f.name().equals("room_volume")) {
        body.put(f.name(), value);
      }
    }
    body.put("room_volume", volume(form, text));
    if (data != null && !data.isNull()) {
      body.set("CO2_data", data);
    }
    if (states != null && !states.isNull()) {
      body.set("fitting_ventilation_states", states);
    }
    if (capacity != null && !capacity.isNull() && !capacity.asText().isBlank()) {
      body.put("room_capacity", capacity.asText().strip());
    }
    return body;
  }

  /** {@code CO2_data} of the API's contract for parsed sensor data. */
  public static ObjectNode data(Co2Data data) {
    ObjectNode d = JSON.objectNode();
    for (double t : data.times()) {
      d.withArray("times").add(t);
    }
    for (double c : data.co2()) {
      d.withArray("CO2").add(c);
    }
    return d;
  }

  /** The explicit volume, or floor area × ceiling height when the form says so or gives no explicit volume. */
  private static String volume(JsonNode form, Co2Messages text) {
    String explicit = text(form, "room_volume");
    boolean dimensions = "room_volume_from_dimensions".equals(text(form, "volume_type"));
    if (!dimensions && !explicit.isEmpty()) {
      return explicit;
    }
    String area = text(form, "floor_area");
    String height = text(form, "ceiling_height");
    if (area.isEmpty() || height.isEmpty()) {
      throw new UploadError(400, dimensions ? (area.isEmpty() ? "floor_area" : "ceiling_height") : "room_volume",
          text.volume_missing());
    }
    return Double.toString(positive(area, "floor_area") * positive(height, "ceiling_height"));
  }

  private static double positive(String value, String field) {
    double v;
    try {
      v = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new InputError(field, Message.of(MessageKey.NUMBER_EXPECTED, field, value));
    }
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new InputError(field, Message.of(MessageKey.POSITIVE_NUMBER, field, value));
    }
    return v;
  }

  private static String text(JsonNode form, String name) {
    JsonNode v = form.get(name);
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isValueNode() ? v.asText().strip() : v.toString();
  }
}
