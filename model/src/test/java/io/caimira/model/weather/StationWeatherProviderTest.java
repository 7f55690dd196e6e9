package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.time.PiecewiseConstant;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StationWeatherProviderTest {
  private static final Clock YEAR_2025 = Clock.fixed(Instant.parse("2025-03-15T12:00:00Z"), ZoneOffset.UTC);

  /** One station whose month-m value at UTC hour h is 10·m + h °C. */
  private static WeatherSet rampSet(String id) {
    WeatherSet.Builder b = WeatherSet.builder();
    for (int m = 1; m <= 12; m++) {
      int month = m;
      b.addMonthCelsius(id, m, IntStream.range(0, 24).mapToDouble(h -> 10.0 * month + h).toArray());
    }
    return b.build();
  }

  private static StationWeatherProvider provider(ZoneLocator zones) {
    List<Station> stations = List.of(
        new Station("NODATA", "NO DATA", 46.2, 6.14), new Station("GVA", "GENEVA", 46.238, 6.109));
    return new StationWeatherProvider(stations, rampSet("GVA"), zones, YEAR_2025);
  }

  @Test
  void shiftsUtcDataToLocalTime() {
    StationWeatherProvider p = provider((lat, lon) -> ZoneId.of("Europe/Zurich"));
    assertThat(p.nearestStation(46.204391, 6.143158).id()).isEqualTo("GVA");
    assertThat(p.utcOffsetHours(46.204391, 6.143158, 7)).isEqualTo(2.0); // CEST on 1 July 2025
    PiecewiseConstant july = p.outsideTemperature(46.204391, 6.143158, 7);
    assertThat(july.transitionTimes()).hasSize(241);
    // Local 12:05 is UTC 10:05 → 70 + 10.05 °C; tolerance 1e-9 K (linear interpolation, rounding only)
    assertThat(july.value(12.05)).isCloseTo(273.15 + 80.05, within(1e-9));
    // Local 01:05 is UTC 23:05, between UTC 23 (93 °C) and UTC 0 (70 °C): 93 + 0.05·(70 − 93)
    assertThat(july.value(1.05)).isCloseTo(273.15 + 93 - 0.05 * 23, within(1e-9));
  }

  @Test
  void sourceIsTheNearestStationWithData() {
    StationWeatherProvider p = provider((lat, lon) -> ZoneId.of("Europe/Zurich"));
    // the station without data is nearer to (46.2, 6.14), but the one with data is used
    assertThat(p.source(46.2, 6.14)).isEqualTo("GENEVA (GVA)");
    assertThat(GenevaWeatherProvider.instance().source(0, 0)).isEqualTo("Geneva (built-in monthly climatology)");
  }

  @Test
  void timeZoneFailurePropagates() {
    StationWeatherProvider p = provider((lat, lon) -> {
      throw new UnknownTimeZoneException(lat, lon);
    });
    assertThatThrownBy(() -> p.outsideTemperature(46.2, 6.1, 1))
        .isInstanceOf(UnknownTimeZoneException.class)
        .hasMessage("Unable to determine the timezone of given location (lat=46.2, lng=6.1)");
  }

  @Test
  void rejectsBadMonth() {
    StationWeatherProvider p = provider((lat, lon) -> ZoneId.of("UTC"));
    assertThatThrownBy(() -> p.outsideTemperature(46.2, 6.1, 0)).hasMessage("month must be in 1..12, got 0");
  }
}
