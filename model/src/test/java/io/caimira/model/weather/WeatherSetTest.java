package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WeatherSetTest {
  static double[] constant(double value) {
    double[] v = new double[24];
    Arrays.fill(v, value);
    return v;
  }

  /** A station whose month m has the constant temperature {@code base + m} °C. */
  static WeatherSet.Builder withStation(WeatherSet.Builder builder, String id, double base) {
    for (int m = 1; m <= 12; m++) {
      builder.addMonthCelsius(id, m, constant(base + m));
    }
    return builder;
  }

  @Test
  void storesKelvin() {
    // 10 + 3 °C + 273.15 = 286.15 K; tolerance 1e-12 (one addition)
    WeatherSet set = withStation(WeatherSet.builder(), "A", 10).build();
    assertThat(set.contains("A")).isTrue();
    assertThat(set.hourlyKelvin("A", 3)).containsOnly(new double[] {286.15}, within(1e-12)).hasSize(24);
  }

  @Test
  void rejectsNonFiniteValues() {
    double[] month = constant(5);
    month[7] = Double.NaN;
    assertThatThrownBy(() -> WeatherSet.builder().addMonthCelsius("A", 2, month))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weather data of station A, month 2: non-finite temperature NaN at hour 7");
  }

  @Test
  void rejectsWrongLengthMissingAndRepeatedMonths() {
    assertThatThrownBy(() -> WeatherSet.builder().addMonthCelsius("A", 1, new double[23]))
        .hasMessage("weather data of station A, month 1: expected 24 hourly values, got 23");
    assertThatThrownBy(() -> WeatherSet.builder().addMonthCelsius("A", 13, constant(0)))
        .hasMessage("weather data of station A, month 13: month must be in 1..12");
    assertThatThrownBy(() -> WeatherSet.builder().addMonthCelsius("A", 1, constant(0)).build())
        .hasMessage("weather data of station A: month 2 is missing");
    assertThatThrownBy(() -> WeatherSet.builder().addMonthCelsius("A", 1, constant(0))
        .addMonthCelsius("A", 1, constant(0)))
        .hasMessage("weather data of station A, month 1: given twice");
  }

  @Test
  void unknownStationIsAnError() {
    WeatherSet set = withStation(WeatherSet.builder(), "A", 0).build();
    assertThatThrownBy(() -> set.hourlyKelvin("B", 1)).hasMessage("no weather data for station B");
  }
}
