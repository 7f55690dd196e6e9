package io.caimira.webapp.co2;

import java.util.Locale;

/** Decimal hours of the day written as HH:MM, for messages. */
final class HoursText {
  private HoursText() {}

  static String hhmm(double hours) {
    long minutes = Math.round(hours * 60);
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }
}
