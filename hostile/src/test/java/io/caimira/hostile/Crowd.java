package io.caimira.hostile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Valid-looking but costly inputs: top-level fields set together (e.g. short_range_option, its occupants and a
 * thousand interactions), each value as JSON text.
 */
record Crowd(String kind, Map<String, String> fields) {
  String apply(String validJson) {
    ObjectNode body = ValidBodies.object(validJson);
    fields.forEach((k, v) -> BodyMutation.replace(body, JsonPointer.compile("/" + k), v));
    return BodyMutation.write(body);
  }

  @Override
  public String toString() {
    return kind + " " + fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + Attack.preview(e.getValue(), 120) + " (" + e.getValue().length() + " chars)")
        .collect(Collectors.joining(", "));
  }
}
