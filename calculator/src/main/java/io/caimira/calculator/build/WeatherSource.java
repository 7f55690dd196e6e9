package io.caimira.calculator.build;

import io.caimira.calculator.input.LocationInput;
import io.caimira.calculator.input.OutsideTemperatures;
import io.caimira.model.weather.WeatherProvider;
import java.util.Locale;

/**
 * Where the outside temperatures of natural ventilation come from, as the report's {@code weather_station} states
 * it: the user's own values, or the weather data's source with its distance from the location when it is far.
 */
public final class WeatherSource {
  /**
   * Beyond this distance [km] the weather data are not the location's climate: the form says so and offers the
   * user's own temperatures.
   */
  public static final double NEARBY_KM = 100;

  private WeatherSource() {}

  /**
   * Where the weather data of a location come from.
   *
   * @param source the station or data set (null when the provider cannot say)
   * @param distanceKm how far it is from the location [km], NaN when unknown
   * @param nearby whether it is within {@link #NEARBY_KM} (false when unknown)
   */
  public record Info(String source, double distanceKm, boolean nearby) {}

  /** The weather source of a location; the coordinates must be valid (checked by the caller). */
  public static Info info(double latitude, double longitude, WeatherProvider weather) {
    double km = weather.sourceDistanceKm(latitude, longitude);
    return new Info(weather.source(latitude, longitude), km, Double.isFinite(km) && km <= NEARBY_KM);
  }

  static String describe(LocationInput location, WeatherProvider weather) {
    OutsideTemperatures own = location.outside();
    if (own != null) {
      return own.givenHourly()
          ? "user-provided outside temperatures (24 hourly values, "
              + String.format(Locale.ROOT, "%.1f to %.1f °C)", own.low(), own.high())
          : String.format(Locale.ROOT, "user-provided outside temperatures (daily minimum %.1f °C, maximum %.1f °C)",
              own.minCelsius(), own.maxCelsius());
    }
    String source = weather.source(location.latitude(), location.longitude());
    double km = weather.sourceDistanceKm(location.latitude(), location.longitude());
    if (source != null && Double.isFinite(km) && km > NEARBY_KM) {
      return source + String.format(Locale.ROOT, ", %.0f km from the location", km);
    }
    return source;
  }
}
