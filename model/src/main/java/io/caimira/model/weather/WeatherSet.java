package io.caimira.model.weather;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Climatological hourly temperatures per weather station: for each station, each month 1..12 and each UTC hour
 * 0..23, the mean temperature, stored in kelvin. Every station has all twelve months of 24 finite values.
 * Immutable; build it with {@link #builder()}.
 */
public final class WeatherSet {
  private final Map<String, double[][]> kelvinByStation;

  private WeatherSet(Map<String, double[][]> kelvinByStation) {
    this.kelvinByStation = kelvinByStation;
  }

  public static Builder builder() {
    return new Builder();
  }

  public boolean contains(String stationId) {
    return kelvinByStation.containsKey(stationId);
  }

  /** Station ids, in insertion order. */
  public Set<String> stationIds() {
    return Collections.unmodifiableSet(kelvinByStation.keySet());
  }

  public int size() {
    return kelvinByStation.size();
  }

  /**
   * The 24 mean temperatures [K] of a station for a month; index h is the hour starting at h:00 UTC.
   *
   * @throws IllegalArgumentException for an unknown station or a month outside 1..12
   */
  public double[] hourlyKelvin(String stationId, int month) {
    double[][] months = kelvinByStation.get(stationId);
    if (months == null) {
      throw new IllegalArgumentException("no weather data for station " + stationId);
    }
    return months[Months.check(month) - 1].clone();
  }

  /** Collects station months given in °C; every value must be finite (NaN months are rejected). */
  public static final class Builder {
    private final Map<String, double[][]> stations = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds one month of a station.
     *
     * @param celsius 24 hourly means in °C, index 0 = 00:00 UTC
     * @throws IllegalArgumentException for a wrong length, a non-finite value, a bad month or a repeated month
     */
    public Builder addMonthCelsius(String stationId, int month, double[] celsius) {
      String where = "weather data of station " + stationId + ", month " + month;
      if (stationId == null || stationId.isBlank()) {
        throw new IllegalArgumentException("station id must not be blank");
      }
      if (month < 1 || month > Months.COUNT) {
        throw new IllegalArgumentException(where + ": month must be in 1..12");
      }
      if (celsius.length != Months.HOURS_PER_DAY) {
        throw new IllegalArgumentException(
            where + ": expected " + Months.HOURS_PER_DAY + " hourly values, got " + celsius.length);
      }
      double[] kelvin = new double[celsius.length];
      for (int h = 0; h < celsius.length; h++) {
        if (!Double.isFinite(celsius[h])) {
          throw new IllegalArgumentException(where + ": non-finite temperature " + celsius[h] + " at hour " + h);
        }
        kelvin[h] = Temperatures.celsiusToKelvin(celsius[h]);
      }
      double[][] months = stations.computeIfAbsent(stationId, id -> new double[Months.COUNT][]);
      if (months[month - 1] != null) {
        throw new IllegalArgumentException(where + ": given twice");
      }
      months[month - 1] = kelvin;
      return this;
    }

    /** @throws IllegalArgumentException if a station lacks a month */
    public WeatherSet build() {
      Map<String, double[][]> copy = new LinkedHashMap<>();
      stations.forEach((id, months) -> {
        double[][] monthsCopy = new double[Months.COUNT][];
        for (int m = 0; m < Months.COUNT; m++) {
          if (months[m] == null) {
            throw new IllegalArgumentException(
                "weather data of station " + id + ": month " + (m + 1) + " is missing");
          }
          monthsCopy[m] = months[m].clone();
        }
        copy.put(id, monthsCopy);
      });
      return new WeatherSet(copy);
    }
  }
}
