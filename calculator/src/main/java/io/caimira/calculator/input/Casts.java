package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Casts one JSON value to the Java value of its field type (api.md §3.2, with the decided deviations: booleans
 * accept "1"/"0", true/false, 1/0; dict and list fields accept a JSON string or a JSON value; non-finite numbers
 * are rejected). Every failure is an {@link InputError} naming the key. Texts are size-checked before they are
 * matched or parsed ({@link InputLimits}): a number written with a million digits costs nothing.
 */
final class Casts {
  /** Parses the dict and list inputs given as strings, within the limits of {@link InputLimits}. */
  private static final ObjectMapper JSON = InputJson.mapper();

  /** What Python's float() accepts, except the underscore separators. */
  private static final Pattern PYTHON_FLOAT = Pattern.compile(
      "[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private static final Pattern DECIMAL_DIGITS = Pattern.compile("\\d+");
  private static final Pattern SIGNED_DIGITS = Pattern.compile("[+-]?\\d+");

  private Casts() {}

  static Object cast(String key, FieldType type, JsonNode value) {
    return switch (type) {
      case STRING -> toStringValue(key, value);
      case INT -> toInt(key, value);
      case FLOAT -> toDouble(key, value);
      case BOOL -> toBoolean(key, value);
      case TIME -> toMinutes(key, value);
      case DICT, LIST -> toJson(key, type, value);
      case OPTIONAL_INT -> value == null || value.isNull() ? null : toInt(key, value);
      case OPTIONAL_LONG -> value == null || value.isNull() ? null : toLong(key, value);
      case OPTIONAL_FLOAT -> value == null || value.isNull() ? null : toDouble(key, value);
    };
  }

  private static InputError bad(String key, MessageKey reason, JsonNode value) {
    return new InputError(key, Message.of(reason, key, JsonText.json(value)));
  }

  private static InputError tooLong(String key, int max, JsonNode value) {
    return new InputError(key, Message.of(MessageKey.TEXT_TOO_LONG, key, max, JsonText.json(value)));
  }

  /** Refuses a text longer than {@code max} before anything reads it. */
  private static void checkLength(String key, JsonNode value, int max) {
    if (value.isTextual() && value.textValue().length() > max) {
      throw tooLong(key, max, value);
    }
  }

  private static String toStringValue(String key, JsonNode value) {
    if (value.isTextual()) {
      checkLength(key, value, InputLimits.MAX_STRING);
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.asText();
    }
    throw bad(key, MessageKey.CAST_STRING, value);
  }

  static int toInt(String key, JsonNode value) {
    checkLength(key, value, InputLimits.MAX_NUMBER_TEXT);
    BigDecimal number = null;
    if (value.isIntegralNumber()) {
      number = value.decimalValue();
    } else if (value.isFloatingPointNumber()) {
      double d = value.doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d)) {
        number = BigDecimal.valueOf(d);
      }
    } else if (value.isTextual() && DECIMAL_DIGITS.matcher(value.textValue()).matches()) {
      number = new BigDecimal(value.textValue());
    }
    if (number == null || number.signum() < 0) {
      throw bad(key, MessageKey.CAST_INT, value);
    }
    if (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw bad(key, MessageKey.CAST_INT_TOO_LARGE, value);
    }
    return number.intValueExact();
  }

  private static long toLong(String key, JsonNode value) {
    checkLength(key, value, InputLimits.MAX_NUMBER_TEXT);
    try {
      if (value.isIntegralNumber() && value.canConvertToLong()) {
        return value.longValue();
      }
      if (value.isTextual() && SIGNED_DIGITS.matcher(value.textValue()).matches()) {
        return Long.parseLong(value.textValue());
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw bad(key, MessageKey.CAST_LONG, value);
  }

  static double toDouble(String key, JsonNode value) {
    checkLength(key, value, InputLimits.MAX_NUMBER_TEXT);
    double d;
    if (value.isNumber()) {
      d = value.doubleValue();
    } else if (value.isTextual() && PYTHON_FLOAT.matcher(value.textValue().strip()).matches()) {
      String text = value.textValue().strip().toLowerCase(java.util.Locale.ROOT);
      d = text.contains("nan") ? Double.NaN : text.contains("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
    } else {
      throw bad(key, MessageKey.CAST_NUMBER, value);
    }
    if (!Double.isFinite(d)) {
      throw bad(key, MessageKey.CAST_FINITE, value);
    }
    return d;
  }

  private static boolean toBoolean(String key, JsonNode value) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual() && (value.textValue().equals("1") || value.textValue().equals("0"))) {
      return value.textValue().equals("1");
    }
    if (value.isIntegralNumber() && (value.asLong() == 0 || value.asLong() == 1) && value.canConvertToLong()) {
      return value.asLong() == 1;
    }
    throw bad(key, MessageKey.CAST_BOOLEAN, value);
  }

  private static int toMinutes(String key, JsonNode value) {
    checkLength(key, value, InputLimits.MAX_NUMBER_TEXT);
    int minutes = TimeOfDay.minutesOrInvalid(value);
    if (minutes < 0) {
      throw bad(key, MessageKey.CAST_TIME, value);
    }
    return minutes;
  }

  private static JsonNode toJson(String key, FieldType type, JsonNode value) {
    if (!value.isTextual()) {
      return value;
    }
    checkLength(key, value, InputLimits.MAX_JSON_TEXT);
    try {
      JsonNode parsed = JSON.readTree(value.textValue());
      if (parsed == null || parsed.isMissingNode()) {
        throw new IllegalArgumentException("empty");
      }
      return parsed;
    } catch (Exception e) {
      throw bad(key, type == FieldType.DICT ? MessageKey.CAST_JSON_OBJECT : MessageKey.CAST_JSON_ARRAY, value);
    }
  }
}
