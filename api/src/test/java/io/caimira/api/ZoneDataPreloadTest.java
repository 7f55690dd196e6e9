package io.caimira.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The time-zone polygons (about 180 MB of heap) are built at start-up only when a weather data set needs them. */
class ZoneDataPreloadTest {
  @Test
  void onlyAConfiguredWeatherDataSetNeedsTheZones() {
    assertThat(ZoneDataPreload.weatherSetConfigured(Map.of())).isFalse();
    assertThat(ZoneDataPreload.weatherSetConfigured(Map.of("CAIMIRA_WEATHER_DATA", " "))).isFalse();
    assertThat(ZoneDataPreload.weatherSetConfigured(Map.of("CAIMIRA_WEATHER_DATA", "/data/weather.json"))).isTrue();
  }
}
