package io.caimira.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import java.util.Locale;

/** Checks of the HTTP request itself (body shape, query flags); the calculator checks the inputs. */
final class RequestChecks {
  private RequestChecks() {}

  /** The body must be a JSON object (an empty body arrives as null). */
  static JsonNode requireObject(JsonNode body) {
    if (body == null || body.isMissingNode() || body.isNull()) {
      throw new InputError(null, "The request body is empty: a JSON object of inputs is expected");
    }
    if (!body.isObject()) {
      throw new InputError(null, "The request body must be a JSON object of inputs, not " + kind(body));
    }
    return body;
  }

  /** A boolean query parameter: absent → false; true/false or 1/0, any case; anything else is bad input. */
  static boolean flag(String name, String value) {
    if (value == null) {
      return false;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw new InputError(name, "Query parameter " + name + " must be true or false, got '" + value + "'");
    }
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
