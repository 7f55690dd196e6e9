package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Renders input values inside error messages without Python reprs (api.md §13, decision 4): containers as JSON
 * with ", " and ": " separators, strings as their text, and value types by their JSON names. Every rendering is
 * cut after {@link InputLimits#MAX_QUOTED} characters (with "…"), and stops working there: a megabyte of input
 * costs no more than a short value.
 */
public final class JsonText {
  private JsonText() {}

  /** A value as upstream's str() would show it: a string as its bare text, anything else as JSON. */
  public static String plain(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.isTextual() ? shorten(node.textValue()) : json(node);
  }

  /** A text cut after {@link InputLimits#MAX_QUOTED} characters, with "…" when cut. */
  public static String shorten(String text) {
    return text.length() <= InputLimits.MAX_QUOTED ? text : text.substring(0, InputLimits.MAX_QUOTED) + "…";
  }

  /** A value as JSON text, e.g. {"start_time": "10:00", "finish_time": "11:00"}. */
  public static String json(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return shorten(out.toString());
  }

  private static boolean full(StringBuilder out) {
    return out.length() > InputLimits.MAX_QUOTED;
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (full(out)) {
      return;
    }
    if (node.isObject()) {
      out.append('{');
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      boolean first = true;
      while (it.hasNext() && !full(out)) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!first) {
          out.append(", ");
        }
        first = false;
        out.append(quote(shorten(e.getKey()))).append(": ");
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size() && !full(out); i++) {
        if (i > 0) {
          out.append(", ");
        }
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual()) {
      out.append(quote(shorten(node.textValue())));
    } else {
      out.append(node.toString());
    }
  }

  private static String quote(String s) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
  }

  /** The JSON name of a value's type: object, array, string, number, boolean or null. */
  public static String typeName(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case OBJECT, POJO -> "object";
      case ARRAY -> "array";
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      default -> "null";
    };
  }

  /** The keys of an object, comma separated (for "Got keys: …" messages). */
  public static String keys(JsonNode object) {
    List<String> names = new ArrayList<>();
    int length = 0;
    Iterator<String> it = object.fieldNames();
    while (it.hasNext() && length <= InputLimits.MAX_QUOTED) {
      String name = shorten(it.next());
      names.add(name);
      length += name.length() + 2;
    }
    return shorten(String.join(", ", names));
  }

  /** The i-th key of an object, or null. */
  static String keyAt(JsonNode object, int index) {
    Iterator<String> it = object.fieldNames();
    for (int i = 0; it.hasNext(); i++) {
      String k = it.next();
      if (i == index) {
        return k;
      }
    }
    return null;
  }
}
