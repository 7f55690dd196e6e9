package io.caimira.model.concentration;

import io.caimira.model.time.PiecewiseConstant;

/**
 * Constructed hourly outdoor temperature tables standing in for upstream's Geneva tables
 * ({@code data.GenevaTemperatures_hourly} and its 10-fold refinement {@code data.GenevaTemperatures}), which come
 * from the weather data set. Only the structure matters to the tests that use them: 24 hourly values in kelvin
 * on the times 0, 1, …, 24, varying from hour to hour.
 *
 * <p>Each day is a cosine with its maximum at 15:00: T(h) = 273.15 + mean + amplitude·cos(2π(h − 15)/24) °C for
 * the hour starting at h = 0 … 23. The three days are a cold day (mean 2 °C, amplitude 4 °C), a mild day
 * (12 °C, 5 °C) and a hot day (24 °C, 6 °C, warmer than the 293 K room for most of the day, which exercises the
 * minimum temperature difference of the window formula).
 */
public final class ConstructedTemperatures {
  private ConstructedTemperatures() {}

  /** A day as (mean °C, amplitude °C). */
  public record Day(String name, double meanCelsius, double amplitudeCelsius) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static final Day COLD_DAY = new Day("cold day", 2, 4);
  public static final Day MILD_DAY = new Day("mild day", 12, 5);
  public static final Day HOT_DAY = new Day("hot day", 24, 6);

  public static Day[] days() {
    return new Day[] {COLD_DAY, MILD_DAY, HOT_DAY};
  }

  /** The 24 hourly temperatures of the day [°C], hour h covering (h, h+1]. */
  public static double[] celsiusPerHour(Day day) {
    double[] celsius = new double[24];
    for (int h = 0; h < 24; h++) {
      celsius[h] = day.meanCelsius() + day.amplitudeCelsius() * Math.cos(2 * Math.PI * (h - 15) / 24.0);
    }
    return celsius;
  }

  /** The day as a piecewise-constant function on the hours 0 … 24 [K]. */
  public static PiecewiseConstant hourly(Day day) {
    double[] times = new double[25];
    for (int h = 0; h <= 24; h++) {
      times[h] = h;
    }
    double[] kelvin = celsiusPerHour(day);
    for (int h = 0; h < 24; h++) {
      kelvin[h] += 273.15;
    }
    return new PiecewiseConstant(times, kelvin);
  }
}
