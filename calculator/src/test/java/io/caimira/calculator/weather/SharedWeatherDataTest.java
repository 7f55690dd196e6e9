package io.caimira.calculator.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.weather.GenevaClimate;
import io.caimira.model.weather.Station;
import io.caimira.model.weather.StationWeatherProvider;
import io.caimira.model.weather.WeatherSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the shared synthetic weather set and European station list when they are present (surefire runs in the
 * module directory, so the repository root is {@code ..} and the shared folder {@code ../../shared}); skipped
 * otherwise, e.g. in CI.
 */
class SharedWeatherDataTest {
  private static final Path WEATHER_DIR = Path.of("..", "..", "shared", "data", "weather");
  private static final Path DATA = WEATHER_DIR.resolve("synthetic_weather_set.json");
  private static final Path STATIONS = WEATHER_DIR.resolve("stations_europe_hadisd_format.txt");

  private static WeatherSet set;
  private static StationWeatherProvider provider;

  @BeforeAll
  static void load() throws Exception {
    assumeTrue(Files.isReadable(DATA) && Files.isReadable(STATIONS), "shared weather data not available");
    set = WeatherSetJsonLoader.load(DATA);
    provider = (StationWeatherProvider) WeatherProviders.fromEnvironment(
        Map.of(WeatherProviders.DATA_VARIABLE, DATA.toString(),
            WeatherProviders.STATIONS_VARIABLE, STATIONS.toString()));
  }

  @Test
  void genevaUsesCointrinAndAPlausibleProfile() {
    Station nearest = provider.nearestStation(GenevaClimate.LATITUDE, GenevaClimate.LONGITUDE);
    assertThat(nearest.name()).isEqualTo("GENEVA COINTRIN");
    for (int month : new int[] {1, 7}) {
      PiecewiseConstant profile =
          provider.outsideTemperature(GenevaClimate.LATITUDE, GenevaClimate.LONGITUDE, month);
      double[] utc = set.hourlyKelvin(nearest.id(), month);
      assertThat(profile.transitionTimes()).hasSize(241);
      // plausibility only: monthly hourly means in Geneva lie well within -30 … +45 °C
      assertThat(profile.values()).hasSize(240);
      assertThat(Arrays.stream(profile.values()).min().orElseThrow()).isGreaterThan(243.15);
      assertThat(Arrays.stream(profile.values()).max().orElseThrow()).isLessThan(318.15);
      // the refinement keeps the daily mean of the 24 UTC values (mid-point rule exact); tolerance 1e-9 K
      assertThat(Arrays.stream(profile.values()).average().orElseThrow())
          .isCloseTo(Arrays.stream(utc).average().orElseThrow(), within(1e-9));
    }
  }

  @Test
  void julyProfileIsUtcShiftedByTwoHours() {
    // Geneva in July is UTC+2: local (h+2):03 reads UTC h:03, i.e. 1/20 of the way from utc[h] to utc[h+1].
    // Tolerance 1e-9 K (linear interpolation, rounding only).
    String id = provider.nearestStation(GenevaClimate.LATITUDE, GenevaClimate.LONGITUDE).id();
    double[] utc = set.hourlyKelvin(id, 7);
    PiecewiseConstant profile = provider.outsideTemperature(GenevaClimate.LATITUDE, GenevaClimate.LONGITUDE, 7);
    for (int h = 0; h < 21; h++) {
      assertThat(profile.value(h + 2 + 0.05)).isCloseTo(utc[h] + 0.05 * (utc[h + 1] - utc[h]), within(1e-9));
    }
  }
}
