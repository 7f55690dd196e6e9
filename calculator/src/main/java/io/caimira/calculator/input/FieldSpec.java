package io.caimira.calculator.input;

import java.util.List;

/**
 * One input key: its type, its default (the raw value inserted when the key is missing or "", cast like a user
 * value), whether it is required, the values it may take (empty when free), what it means, and for numbers the
 * range of plausible values (null when any value of the type is accepted; see {@link Range}).
 */
public record FieldSpec(
    String name, FieldType type, Object defaultValue, boolean required, List<String> allowed, String meaning,
    Range range) {

  public FieldSpec {
    allowed = List.copyOf(allowed);
  }

  public FieldSpec(
      String name, FieldType type, Object defaultValue, boolean required, List<String> allowed, String meaning) {
    this(name, type, defaultValue, required, allowed, meaning, null);
  }

  /** This field with a range of plausible values. */
  FieldSpec within(double min, double max, String unit, String source) {
    return new FieldSpec(name, type, defaultValue, required, allowed, meaning, new Range(min, max, unit, source));
  }

  /**
   * Whether a cast value is outside the range; the field's default is always accepted ("not given"), and only
   * numbers are checked.
   */
  boolean outOfRange(Object value) {
    if (range == null || !(value instanceof Number n)) {
      return false;
    }
    if (defaultValue instanceof Number d && d.doubleValue() == n.doubleValue()) {
      return false;
    }
    return !range.contains(n.doubleValue());
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
