package io.caimira.calculator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.InputJson;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON body a request builder assembles: only keys of its route (an unknown key fails at once, naming the
 * allowed ones), values as the JSON the API takes. The values are checked when the request is computed, by the
 * same parser as the API's.
 */
final class RequestBody {
  private final ObjectNode body = JsonNodeFactory.instance.objectNode();
  private final Set<String> keys;
  private final String route;

  RequestBody(String route, List<FieldSpec> fields) {
    this.route = route;
    this.keys = fields.stream().map(FieldSpec::name).collect(Collectors.toUnmodifiableSet());
  }

  RequestBody put(String key, Object value) {
    if (!keys.contains(key)) {
      throw new IllegalArgumentException("'" + key + "' is not an input of " + route + "; its inputs are "
          + keys.stream().sorted().collect(Collectors.joining(", ")));
    }
    body.set(key, value == null ? JsonNodeFactory.instance.nullNode() : InputJson.mapper().valueToTree(value));
    return this;
  }

  RequestBody remove(String key) {
    body.remove(key);
    return this;
  }

  /** A copy of the body as it stands. */
  ObjectNode snapshot() {
    return body.deepCopy();
  }

  /** A time of day as the API writes it, "HH:MM". */
  static String hhmm(java.time.LocalTime t) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
  }
}
