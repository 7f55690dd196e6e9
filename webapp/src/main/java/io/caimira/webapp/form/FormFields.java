package io.caimira.webapp.form;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The calculator form's fields as submitted (name → value, in order), their query-string form for links, and the
 * JSON body of the calculator's input contract (every value a string, as upstream's form sends them). Fields that
 * are not calculator inputs (the language, the CSRF token) are left out.
 */
public final class FormFields {
  /** Fields of the page that are not inputs of the calculator. */
  private static final List<String> NOT_INPUTS = List.of("lang", "csrf-token", "_xsrf");

  private final Map<String, String> values;

  private FormFields(Map<String, String> values) {
    this.values = values;
  }

  /** From submitted form parameters; a field given several times keeps its last value. */
  public static FormFields of(Map<String, List<String>> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    parameters.forEach((name, list) -> {
      if (!NOT_INPUTS.contains(name) && list != null && !list.isEmpty()) {
        values.put(name, list.get(list.size() - 1));
      }
    });
    return new FormFields(values);
  }

  /** From a query string (a=1&b=2), as in links. */
  public static FormFields ofQuery(String query) {
    Map<String, String> values = new LinkedHashMap<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (!NOT_INPUTS.contains(name)) {
          values.put(name, value);
        }
      }
    }
    return new FormFields(values);
  }

  public Map<String, String> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  public String get(String name) {
    return values.get(name);
  }

  /** A copy with one field set. */
  public FormFields with(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new FormFields(copy);
  }

  /** The query string, every name and value URL-encoded. */
  public String toQuery() {
    StringJoiner joiner = new StringJoiner("&");
    values.forEach((k, v) -> joiner.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return joiner.toString();
  }

  /** The fields as one JSON object of strings (the form's script restores a form from it). */
  public String toJson() {
    return toInput().toString();
  }

  /** The calculator's JSON input: every field as a string. */
  public ObjectNode toInput() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    values.forEach(body::put);
    return body;
  }
}
