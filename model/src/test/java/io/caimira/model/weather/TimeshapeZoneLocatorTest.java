package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Port of upstream test_weather.py timezone cases (test_timezone_at__expected / __out_of_range) and of the
 * CET/CEST, AEDT/AEST and +12:45 offsets of test_model_generator.py. Offsets come from the IANA rules in java.time
 * for 2025; tolerance 1e-12 h (quarter hours are exact in binary).
 */
class TimeshapeZoneLocatorTest {
  private final ZoneLocator zones = TimeshapeZoneLocator.instance();

  @ParameterizedTest
  @CsvSource({
      "46.20833, 6.14275, Europe/Zurich", // Geneva
      "-37.81739, 144.96751, Australia/Melbourne",
      "-44.033333, -176.433333, Pacific/Chatham",
      "0, -175, Etc/GMT+12", // open ocean
      "89.8, -170, Etc/GMT+11" // Arctic ocean
  })
  void zoneNames(double latitude, double longitude, String expected) {
    assertThat(zones.zoneAt(latitude, longitude)).isEqualTo(ZoneId.of(expected));
  }

  @ParameterizedTest
  @CsvSource({
      "46.20833, 6.14275, 1, 1.0", // Geneva January: CET
      "46.20833, 6.14275, 7, 2.0", // Geneva July: CEST
      "-37.81739, 144.96751, 1, 11.0", // Melbourne January: AEDT
      "-37.81739, 144.96751, 7, 10.0", // Melbourne July: AEST
      "-44.033333, -176.433333, 1, 13.75", // Chatham January: daylight time +13:45
      "-44.033333, -176.433333, 7, 12.75" // Chatham July: standard time +12:45
  })
  void utcOffsets(double latitude, double longitude, int month, double expectedHours) {
    ZoneId zone = zones.zoneAt(latitude, longitude);
    assertThat(UtcOffsets.hoursAtStartOfMonth(zone, 2025, month)).isCloseTo(expectedHours, within(1e-12));
  }

  @Test
  void outOfRangeLocationIsRejected() {
    // upstream expects timezonefinder's own range message; we use the single "Unable to determine" message
    assertThatThrownBy(() -> zones.zoneAt(88, 181))
        .isInstanceOf(UnknownTimeZoneException.class)
        .hasMessage("Unable to determine the timezone of given location (lat=88.0, lng=181.0)");
    assertThatThrownBy(() -> zones.zoneAt(Double.NaN, 0))
        .hasMessage("Unable to determine the timezone of given location (lat=NaN, lng=0.0)");
  }
}
