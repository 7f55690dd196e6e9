package io.caimira.model.weather;

import io.caimira.model.time.PiecewiseConstant;

/** Source of the outdoor temperature used by window ventilation. */
@FunctionalInterface
public interface WeatherProvider {
  /**
   * The mean daily outdoor-temperature cycle of a month at a location.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   * @param month 1 (January) … 12 (December)
   * @return a piecewise-constant profile over [0, 24] h local time, in kelvin
   */
  PiecewiseConstant outsideTemperature(double latitude, double longitude, int month);

  /**
   * Where the temperatures of a location come from (the nearest weather station, or the built-in data), for
   * reports; null when the provider cannot say.
   */
  default String source(double latitude, double longitude) {
    return null;
  }

  /**
   * How far the place whose temperatures are used lies from the location [km] (the nearest station, or Geneva for
   * the built-in climatology); NaN when the provider cannot say.
   */
  default double sourceDistanceKm(double latitude, double longitude) {
    return Double.NaN;
  }

  /** The great-circle distance between two points [km] (haversine, mean Earth radius 6 371 km). */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
