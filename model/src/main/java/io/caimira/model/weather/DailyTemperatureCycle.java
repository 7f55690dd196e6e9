package io.caimira.model.weather;

import io.caimira.model.time.PiecewiseConstant;

/**
 * A day's outside temperature from its minimum and maximum, for a user who knows those but not the hourly values:
 * the minimum at sunrise, taken as 06:00, the maximum at 15:00, a half cosine rising between them over 9 hours and
 * another falling over the 15 hours to the next sunrise (the usual two-part cosine of daily temperature models, e.g.
 * the WAVE model of de Wit et al., Simulation of assimilation, respiration and transpiration of crops, 1978).
 */
public final class DailyTemperatureCycle {
  /** Hour of the daily minimum (local time). */
  public static final double MINIMUM_HOUR = 6;
  /** Hour of the daily maximum (local time). */
  public static final double MAXIMUM_HOUR = 15;

  private DailyTemperatureCycle() {}

  /** The temperature at local hour {@code hour} (0 ≤ hour &lt; 24) of a day from {@code min} to {@code max}. */
  public static double at(double hour, double min, double max) {
    double mean = (min + max) / 2;
    double amplitude = (max - min) / 2;
    double h = ((hour % 24) + 24) % 24;
    if (h >= MINIMUM_HOUR && h <= MAXIMUM_HOUR) {
      // rising: −cos from the minimum (phase 0) to the maximum (phase π)
      return mean - amplitude * Math.cos(Math.PI * (h - MINIMUM_HOUR) / (MAXIMUM_HOUR - MINIMUM_HOUR));
    }
    double sinceMaximum = h > MAXIMUM_HOUR ? h - MAXIMUM_HOUR : h + 24 - MAXIMUM_HOUR;
    return mean + amplitude * Math.cos(Math.PI * sinceMaximum / (24 - (MAXIMUM_HOUR - MINIMUM_HOUR)));
  }

  /** The 24 values at 00:00, 01:00, … 23:00. */
  public static double[] hourly(double min, double max) {
    double[] out = new double[Months.HOURS_PER_DAY];
    for (int h = 0; h < out.length; h++) {
      out[h] = at(h, min, max);
    }
    return out;
  }

  /**
   * The local-time profile of 24 hourly values in °C, in kelvin, as the weather providers give theirs (the same
   * refinement to {@link HourlyRefinement#SEGMENTS_PER_DAY} segments).
   */
  public static PiecewiseConstant profileOfCelsius(double[] hourlyCelsius) {
    double[] kelvin = new double[hourlyCelsius.length];
    for (int h = 0; h < kelvin.length; h++) {
      kelvin[h] = Temperatures.celsiusToKelvin(hourlyCelsius[h]);
    }
    return HourlyRefinement.localDailyProfile(kelvin, 0.0);
  }
}
