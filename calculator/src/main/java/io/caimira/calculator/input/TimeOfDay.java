package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day written "HH:MM" (two digits each, 00:00 to 23:59), as minutes since midnight. Upstream's regexes
 * accept "9:00" but its conversion then fails (api.md §14, quirk 12); here such values are rejected up front.
 */
public final class TimeOfDay {
  private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])");

  private TimeOfDay() {}

  /** Minutes since midnight of a JSON value, or -1 when it is not a valid "HH:MM" string. */
  public static int minutesOrInvalid(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return -1;
    }
    return minutesOrInvalid(value.textValue());
  }

  /** Minutes since midnight of "HH:MM", or -1 when the text is not a valid time. */
  public static int minutesOrInvalid(String text) {
    Matcher m = HH_MM.matcher(text);
    if (!m.matches()) {
      return -1;
    }
    return 60 * Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
  }

  /** "HH:MM" of a number of minutes since midnight (hours not wrapped). */
  public static String format(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
