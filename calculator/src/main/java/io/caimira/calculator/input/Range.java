package io.caimira.calculator.input;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;

/**
 * The values a number input may take, both ends included, and why (upstream's form, physics, or the port's choice).
 * A value equal to the field's default is always accepted: defaults such as 0 mean "not given", and whether a
 * value is needed at all is decided by the checks of the ventilation, room and population inputs.
 *
 * @param unit the unit shown after the bounds in messages and docs ("" for none)
 * @param source where the bounds come from, for the documentation
 */
public record Range(double min, double max, String unit, String source) {
  public Range {
    if (!(min <= max)) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /** Throws the error of {@link #error} when the value is outside. */
  public void check(String field, double value) {
    if (!contains(value)) {
      throw error(field, value);
    }
  }

  /** "&lt;field&gt; must be between &lt;min&gt; and &lt;max&gt; &lt;unit&gt;. Got &lt;value&gt;." */
  public InputError error(String field, double value) {
    return new InputError(field, Message.of(MessageKey.VALUE_OUT_OF_RANGE, field, number(min), number(max),
        unitSuffix(), number(value)));
  }

  /** The error of a value of a list input ({@code what} names the list, e.g. "CO2_data.CO2"). */
  public InputError listError(String field, String what, double value) {
    return new InputError(field, Message.of(MessageKey.LIST_VALUE_OUT_OF_RANGE, what, number(min), number(max),
        unitSuffix(), number(value)));
  }

  private String unitSuffix() {
    return unit.isEmpty() ? "" : " " + unit;
  }

  /** "1 to 1440 min", numbers without a trailing ".0". */
  public String text() {
    return number(min) + " to " + number(max) + (unit.isEmpty() ? "" : " " + unit);
  }

  /** A bound as written in messages, docs and form attributes: integral values without ".0", large ones as 1e7. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e7) {
      return Long.toString((long) v);
    }
    if (v == Math.rint(v) && Math.abs(v) >= 1e7) {
      String s = String.format(java.util.Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e+", "e");
      if (Double.parseDouble(s) == v) {
        return s;
      }
    }
    return Double.toString(v);
  }
}
