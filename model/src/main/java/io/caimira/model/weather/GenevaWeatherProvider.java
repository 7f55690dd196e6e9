package io.caimira.model.weather;

import io.caimira.model.time.PiecewiseConstant;

/**
 * The built-in default when no weather data set is configured: the Geneva climatology of {@link GenevaClimate},
 * whatever the location. The figures are already in local time, so no time-zone lookup is made and the 24
 * values are refined with a zero offset.
 */
public final class GenevaWeatherProvider implements WeatherProvider {
  private static final GenevaWeatherProvider INSTANCE = new GenevaWeatherProvider();

  private final PiecewiseConstant[] profiles = new PiecewiseConstant[Months.COUNT];

  private GenevaWeatherProvider() {
    for (int m = 1; m <= Months.COUNT; m++) {
      profiles[m - 1] = HourlyRefinement.localDailyProfile(GenevaClimate.kelvin(m), 0.0);
    }
  }

  public static GenevaWeatherProvider instance() {
    return INSTANCE;
  }

  /** How {@link #source} names this data. */
  public static final String SOURCE = "Geneva (built-in monthly climatology)";

  @Override
  public String source(double latitude, double longitude) {
    return SOURCE;
  }

  /** Geneva's coordinates [degrees]. */
  public static final double LATITUDE = 46.20833;
  public static final double LONGITUDE = 6.14275;

  @Override
  public double sourceDistanceKm(double latitude, double longitude) {
    return WeatherProvider.distanceKm(latitude, longitude, LATITUDE, LONGITUDE);
  }

  /** The location is ignored: every place gets Geneva's climate. */
  @Override
  public PiecewiseConstant outsideTemperature(double latitude, double longitude, int month) {
    return profiles[Months.check(month) - 1];
  }
}
