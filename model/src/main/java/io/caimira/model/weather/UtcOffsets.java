package io.caimira.model.weather;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** UTC offsets of a zone, as the hours to add to UTC to obtain local time. */
public final class UtcOffsets {
  private UtcOffsets() {}

  /**
   * The offset in force at local midnight starting the 1st of {@code month} of {@code year}, in hours (e.g.
   * 12.75 for Pacific/Chatham in winter). If that midnight falls in a daylight-saving gap, the offset before
   * the transition is used.
   */
  public static double hoursAtStartOfMonth(ZoneId zone, int year, int month) {
    LocalDateTime midnight = LocalDateTime.of(year, Months.check(month), 1, 0, 0);
    return zone.getRules().getOffset(midnight).getTotalSeconds() / 3600.0;
  }
}
