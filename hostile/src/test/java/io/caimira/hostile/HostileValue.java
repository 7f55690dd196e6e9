package io.caimira.hostile;

/**
 * A hostile value for one field: its class (e.g. "number with many digits") and its JSON text; {@link #text()} is
 * the same value as a form or a link sends it (a string: JSON strings lose their quotes).
 */
record HostileValue(String kind, String json) {
  String text() {
    if (json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
      return json.substring(1, json.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return json;
  }

  @Override
  public String toString() {
    return kind + " " + Attack.preview(json, 80) + " (" + json.length() + " chars)";
  }
}
