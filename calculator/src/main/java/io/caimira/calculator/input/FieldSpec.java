package io.caimira.calculator.input;

import java.util.List;

/**
 * One input key: its type, its default (the raw value inserted when the key is missing or "", cast like a user
 * value), whether it is required, the values it may take (empty when free), and what it means.
 */
public record FieldSpec(
    String name, FieldType type, Object defaultValue, boolean required, List<String> allowed, String meaning) {

  public FieldSpec {
    allowed = List.copyOf(allowed);
  }

  static FieldSpec required(String name, FieldType type, String meaning) {
    return new FieldSpec(name, type, null, true, List.of(), meaning);
  }

  static FieldSpec optional(String name, FieldType type, Object defaultValue, String meaning) {
    return new FieldSpec(name, type, defaultValue, false, List.of(), meaning);
  }

  static FieldSpec choice(String name, Object defaultValue, List<String> allowed, String meaning) {
    return new FieldSpec(name, FieldType.STRING, defaultValue, false, allowed, meaning);
  }
}
