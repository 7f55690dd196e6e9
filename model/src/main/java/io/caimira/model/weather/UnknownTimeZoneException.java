package io.caimira.model.weather;

/** No time zone could be determined for a location (out-of-range coordinates or no zone there). */
public final class UnknownTimeZoneException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownTimeZoneException(double latitude, double longitude) {
    super("Unable to determine the timezone of given location (lat=" + latitude + ", lng=" + longitude + ")");
  }
}
