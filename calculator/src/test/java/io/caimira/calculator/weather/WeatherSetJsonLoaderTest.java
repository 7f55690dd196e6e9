package io.caimira.calculator.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.weather.WeatherSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeatherSetJsonLoaderTest {
  @TempDir Path dir;

  /** JSON of one month: 24 values, hour h → first + h. */
  static String month(int key, double first) {
    return "\"" + key + "\": ["
        + IntStream.range(0, 24).mapToObj(h -> Double.toString(first + h)).collect(Collectors.joining(", ")) + "]";
  }

  /** JSON of a station with the 12 months, month m starting at m °C, optionally replacing one month. */
  static String station(String id, int replacedMonth, String replacement) {
    return "\"" + id + "\": {" + IntStream.rangeClosed(1, 12)
        .mapToObj(m -> m == replacedMonth ? replacement : month(m, m))
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining(", ")) + "}";
  }

  static Path write(Path dir, String json) throws Exception {
    Path file = dir.resolve("weather.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void loadsAndConvertsToKelvin() throws Exception {
    Path file = write(dir, "{" + station("A", 0, "") + ", " + station("B", 0, "") + "}");
    WeatherSet set = WeatherSetJsonLoader.load(file);
    assertThat(set.stationIds()).containsExactly("A", "B");
    // month 5 hour 7 → 5 + 7 = 12 °C = 285.15 K; tolerance 1e-12 (one addition)
    assertThat(set.hourlyKelvin("B", 5)[7]).isCloseTo(285.15, within(1e-12));
  }

  @Test
  void rejectsNaN() throws Exception {
    String nanMonth = "\"3\": [" + String.join(", ", Collections.nCopies(23, "1.0")) + ", NaN]";
    Path file = write(dir, "{" + station("A", 3, nanMonth) + "}");
    assertThatThrownBy(() -> WeatherSetJsonLoader.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weather data of station A, month 3: non-finite temperature NaN at hour 23");
  }

  @Test
  void rejectsMissingMonthAndWrongLength() throws Exception {
    Path missing = write(dir, "{" + station("A", 4, "") + "}");
    assertThatThrownBy(() -> WeatherSetJsonLoader.load(missing))
        .hasMessage("weather data of station A: month 4 is missing");
    Path shortMonth = write(dir, "{" + station("A", 4, "\"4\": [1, 2, 3]") + "}");
    assertThatThrownBy(() -> WeatherSetJsonLoader.load(shortMonth))
        .hasMessage("weather data of station A, month 4: expected 24 hourly values, got 3");
  }

  @Test
  void rejectsBadKeysAndValues() throws Exception {
    Path badKey = write(dir, "{" + station("A", 1, month(13, 0)) + "}");
    assertThatThrownBy(() -> WeatherSetJsonLoader.load(badKey))
        .hasMessageStartingWith("station A: month key \"13\" is not one of");
    Path nullValue = write(dir, "{\"A\": {\"1\": [1, null]}}");
    assertThatThrownBy(() -> WeatherSetJsonLoader.load(nullValue))
        .hasMessageStartingWith("station A, month 1: expected a number, found VALUE_NULL");
    Path notAnObject = write(dir, "[1, 2]");
    assertThatThrownBy(() -> WeatherSetJsonLoader.load(notAnObject))
        .hasMessageStartingWith("the top level: expected START_OBJECT");
  }
}
