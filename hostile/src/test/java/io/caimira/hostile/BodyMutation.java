package io.caimira.hostile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * One structure-aware change to a valid JSON body: a field (at any depth, e.g. /CO2_data/times/2 or
 * /occupancy/group_A/total_people) given a hostile value, dropped, or given twice; or the whole body replaced.
 */
record BodyMutation(String operation, String pointer, HostileValue value) {
  /** The mutated body's text. */
  String apply(String validJson) {
    ObjectNode body = ValidBodies.object(validJson);
    switch (operation) {
      case "replace" -> replace(body, JsonPointer.compile(pointer), value.json());
      case "drop" -> drop(body, JsonPointer.compile(pointer));
      case "duplicate first", "duplicate last" -> {
        String text = write(body);
        String extra = "\"" + pointer.substring(1) + "\":" + value.json();
        return operation.equals("duplicate first") ? "{" + extra + "," + text.substring(1)
            : text.substring(0, text.length() - 1) + "," + extra + "}";
      }
      case "whole body" -> {
        return value.json();
      }
      default -> throw new IllegalArgumentException(operation);
    }
    return write(body);
  }

  /** The class of attack, for the tally: the value's class (or the operation) and the field. */
  String kind() {
    return operation.equals("drop") ? "dropped field" : (operation.startsWith("duplicate") ? "duplicated field, "
        : operation.equals("whole body") ? "whole body, " : "") + (value == null ? "" : value.kind())
        + (pointer.isEmpty() ? "" : " [" + pointer + "]");
  }

  static void replace(ObjectNode body, JsonPointer pointer, String raw) {
    JsonNode parent = body.at(pointer.head());
    String last = pointer.last().getMatchingProperty();
    if (parent instanceof ObjectNode o) {
      o.putRawValue(last, new RawValue(raw));
    } else if (parent instanceof ArrayNode a) {
      int i = pointer.last().getMatchingIndex();
      a.set(i, JsonNodeFactory.instance.rawValueNode(new RawValue(raw)));
    }
  }

  private static void drop(ObjectNode body, JsonPointer pointer) {
    JsonNode parent = body.at(pointer.head());
    if (parent instanceof ObjectNode o) {
      o.remove(pointer.last().getMatchingProperty());
    } else if (parent instanceof ArrayNode a) {
      a.remove(pointer.last().getMatchingIndex());
    }
  }

  static String write(JsonNode body) {
    try {
      return ValidBodies.JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return operation + " " + pointer + (value == null ? "" : " := " + value);
  }
}
