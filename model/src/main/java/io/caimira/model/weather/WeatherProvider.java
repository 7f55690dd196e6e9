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
}
