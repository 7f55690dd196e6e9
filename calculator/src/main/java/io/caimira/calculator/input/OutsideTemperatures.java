package io.caimira.calculator.input;

import io.caimira.model.weather.DailyTemperatureCycle;
import java.util.Arrays;

/**
 * Outside temperatures of the event month given by the user for natural ventilation, instead of the weather data of
 * the location: 24 hourly values, or a daily minimum and maximum (°C).
 *
 * @param hourlyCelsius the 24 values at 00:00 … 23:00, or null when a minimum and maximum are given
 * @param minCelsius the daily minimum, or null with hourly values
 * @param maxCelsius the daily maximum, or null with hourly values
 */
public record OutsideTemperatures(double[] hourlyCelsius, Double minCelsius, Double maxCelsius) {
  public OutsideTemperatures {
    hourlyCelsius = hourlyCelsius == null ? null : hourlyCelsius.clone();
  }

  /** The 24 hourly values [°C] the model uses. */
  public double[] hourly() {
    return hourlyCelsius != null ? hourlyCelsius.clone() : DailyTemperatureCycle.hourly(minCelsius, maxCelsius);
  }

  public boolean givenHourly() {
    return hourlyCelsius != null;
  }

  /** The lowest value of the day [°C]. */
  public double low() {
    return Arrays.stream(hourly()).min().orElseThrow();
  }

  /** The highest value of the day [°C]. */
  public double high() {
    return Arrays.stream(hourly()).max().orElseThrow();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutsideTemperatures t && Arrays.equals(hourlyCelsius, t.hourlyCelsius)
        && java.util.Objects.equals(minCelsius, t.minCelsius) && java.util.Objects.equals(maxCelsius, t.maxCelsius);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hourlyCelsius) * 31 + java.util.Objects.hash(minCelsius, maxCelsius);
  }

  @Override
  public String toString() {
    return givenHourly() ? "OutsideTemperatures" + Arrays.toString(hourlyCelsius)
        : "OutsideTemperatures[" + minCelsius + ".." + maxCelsius + " °C]";
  }
}
