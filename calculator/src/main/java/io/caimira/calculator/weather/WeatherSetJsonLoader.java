package io.caimira.calculator.weather;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.caimira.model.weather.WeatherSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams a weather set in the layout of upstream's {@code global_weather_set.json}:
 * {@code {"<station id>": {"1": [24 °C values, index 0 = 00:00 UTC], …, "12": […]}, …}}. The file (about 17 MB
 * for the global set) is read token by token, never held as a tree. Non-numeric literals such as {@code NaN} are
 * tokenised so that they are reported as non-finite temperatures rather than as syntax errors.
 */
public final class WeatherSetJsonLoader {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private WeatherSetJsonLoader() {}

  /**
   * @throws IOException if the file cannot be read or is not JSON
   * @throws IllegalArgumentException if the JSON does not describe a valid weather set
   */
  public static WeatherSet load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }

  /** Reads a whole set from a stream (not closed). */
  public static WeatherSet load(InputStream in) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return read(parser);
    }
  }

  private static WeatherSet read(JsonParser p) throws IOException {
    WeatherSet.Builder builder = WeatherSet.builder();
    expect(p, p.nextToken(), JsonToken.START_OBJECT, "the top level");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String station = p.currentName();
      expect(p, p.nextToken(), JsonToken.START_OBJECT, "station " + station);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int month = parseMonth(p, station, key);
        expect(p, p.nextToken(), JsonToken.START_ARRAY, "station " + station + ", month " + key);
        builder.addMonthCelsius(station, month, readNumbers(p, station, key));
      }
    }
    if (p.nextToken() != null) {
      throw invalid(p, "unexpected content after the top-level object");
    }
    return builder.build();
  }

  private static double[] readNumbers(JsonParser p, String station, String month) throws IOException {
    double[] values = new double[24];
    int n = 0;
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw invalid(p, "station " + station + ", month " + month + ": expected a number, found " + token);
      }
      if (n == values.length) {
        values = Arrays.copyOf(values, 2 * n);
      }
      values[n++] = p.getDoubleValue();
    }
    return Arrays.copyOf(values, n);
  }

  private static int parseMonth(JsonParser p, String station, String key) {
    try {
      int month = Integer.parseInt(key);
      if (month >= 1 && month <= 12) {
        return month;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(p, "station " + station + ": month key \"" + key + "\" is not one of \"1\" … \"12\"");
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String where) {
    if (actual != expected) {
      throw invalid(p, where + ": expected " + expected + ", found " + actual);
    }
  }

  private static IllegalArgumentException invalid(JsonParser p, String message) {
    return new IllegalArgumentException(message + " (line " + p.currentLocation().getLineNr() + ")");
  }
}
