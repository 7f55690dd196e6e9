package io.caimira.model.weather;

import java.time.ZoneId;

/** Finds the time zone in force at a location. */
@FunctionalInterface
public interface ZoneLocator {
  /**
   * The zone at a location.
   *
   * @throws UnknownTimeZoneException if the location is out of range or has no known zone
   */
  ZoneId zoneAt(double latitude, double longitude);
}
