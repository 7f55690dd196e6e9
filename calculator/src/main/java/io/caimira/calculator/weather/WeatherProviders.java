package io.caimira.calculator.weather;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.caimira.model.weather.GenevaWeatherProvider;
import io.caimira.model.weather.Station;
import io.caimira.model.weather.StationListParser;
import io.caimira.model.weather.StationWeatherProvider;
import io.caimira.model.weather.WeatherProvider;
import io.caimira.model.weather.WeatherSet;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Chooses the outside-temperature source from two environment variables: {@value #DATA_VARIABLE} (weather set
 * JSON) and {@value #STATIONS_VARIABLE} (HadISD station list). Both set: the configured data set. Neither set:
 * the built-in Geneva climatology. One alone, or a file that cannot be read or parsed: a
 * {@link WeatherConfigurationException} naming the variable. Blank values count as unset.
 */
public final class WeatherProviders {
  public static final String DATA_VARIABLE = "CAIMIRA_WEATHER_DATA";
  public static final String STATIONS_VARIABLE = "CAIMIRA_WEATHER_STATIONS";

  private WeatherProviders() {}

  /** From the process environment. Loading a configured set reads both files once. */
  public static WeatherProvider fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  /** From the given variables (testable stand-in for the process environment). */
  public static WeatherProvider fromEnvironment(Map<String, String> env) {
    String data = valueOf(env, DATA_VARIABLE);
    String stations = valueOf(env, STATIONS_VARIABLE);
    if (data == null && stations == null) {
      return GenevaWeatherProvider.instance();
    }
    if (data == null || stations == null) {
      String missing = data == null ? DATA_VARIABLE : STATIONS_VARIABLE;
      String present = data == null ? STATIONS_VARIABLE : DATA_VARIABLE;
      throw new WeatherConfigurationException(present + " is set but " + missing
          + " is not: set both to use a weather data set, or neither for the built-in Geneva default");
    }
    WeatherSet set = loadWeatherSet(data);
    List<Station> list = loadStations(stations);
    try {
      return new StationWeatherProvider(list, set);
    } catch (IllegalArgumentException e) {
      throw new WeatherConfigurationException(
          STATIONS_VARIABLE + " and " + DATA_VARIABLE + " do not match: " + e.getMessage(), e);
    }
  }

  private static WeatherSet loadWeatherSet(String location) {
    Path path = toPath(DATA_VARIABLE, location);
    try {
      return WeatherSetJsonLoader.load(path);
    } catch (JsonProcessingException e) {
      throw new WeatherConfigurationException(
          DATA_VARIABLE + ": weather data set " + path + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new WeatherConfigurationException(
          DATA_VARIABLE + ": cannot read weather data set " + path + ": " + describe(e), e);
    } catch (IllegalArgumentException e) {
      throw new WeatherConfigurationException(
          DATA_VARIABLE + ": invalid weather data set " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<Station> loadStations(String location) {
    Path path = toPath(STATIONS_VARIABLE, location);
    try {
      return StationListParser.parse(path);
    } catch (IOException e) {
      throw new WeatherConfigurationException(
          STATIONS_VARIABLE + ": cannot read station list " + path + ": " + describe(e), e);
    } catch (IllegalArgumentException e) {
      throw new WeatherConfigurationException(
          STATIONS_VARIABLE + ": invalid station list " + path + ": " + e.getMessage(), e);
    }
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + " " + e.getMessage();
  }

  private static Path toPath(String variable, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new WeatherConfigurationException(variable + ": not a valid path: " + value, e);
    }
  }

  private static String valueOf(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
