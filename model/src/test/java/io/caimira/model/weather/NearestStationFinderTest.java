package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Upstream test_nearest_wx_station (Melbourne → 'MELBOURNE ESSENDON') needs the full upstream data set; here the
 * neighbourhood is rebuilt from the HadISD coordinates of the stations around Melbourne, and only some of them
 * are given weather data. Exact result (no tolerance).
 */
class NearestStationFinderTest {
  static final List<Station> MELBOURNE_AREA = List.of(
      new Station("948680-99999", "MELBOURNE REGIONAL OFFICE", -37.817, 144.967), // nearest, no data
      new Station("958660-99999", "ESSENDON AIRPORT", -37.733, 144.900), // nearer than Essendon, no data
      new Station("948640-99999", "MELBOURNE ESSENDON", -37.728, 144.902),
      new Station("948660-99999", "MELBOURNE INTL", -37.673, 144.843),
      new Station("948700-99999", "MELBOURNE MOORABBIN", -37.976, 145.102),
      new Station("948650-99999", "LAVERTON RAAF", -37.867, 144.750));

  static WeatherSet dataFor(String... ids) {
    WeatherSet.Builder b = WeatherSet.builder();
    for (String id : ids) {
      WeatherSetTest.withStation(b, id, 10);
    }
    return b.build();
  }

  @Test
  void melbourneFindsEssendonAmongStationsWithData() {
    WeatherSet set = dataFor("948640-99999", "948660-99999", "948700-99999", "948650-99999");
    NearestStationFinder finder = new NearestStationFinder(MELBOURNE_AREA, set);
    assertThat(finder.stations()).hasSize(4);
    assertThat(finder.nearest(-37.81739, 144.96751).name()).isEqualTo("MELBOURNE ESSENDON");
  }

  @Test
  void withAllDataTheRegionalOfficeWins() {
    WeatherSet set = dataFor("948680-99999", "958660-99999", "948640-99999");
    assertThat(new NearestStationFinder(MELBOURNE_AREA, set).nearest(-37.81739, 144.96751).name())
        .isEqualTo("MELBOURNE REGIONAL OFFICE");
  }

  @Test
  void distanceIsPlanarInDegreesWithTiesToTheFirstListed() {
    List<Station> square = List.of(
        new Station("E", "EAST", 0, 1), new Station("N", "NORTH", 1, 0), new Station("W", "WEST", 0, -1));
    NearestStationFinder finder = new NearestStationFinder(square, id -> true);
    assertThat(finder.nearest(0, 0).id()).isEqualTo("E"); // three-way tie
    assertThat(finder.nearest(0.4, 0.5).id()).isEqualTo("E"); // 0.64 against 0.78 for NORTH
  }

  @Test
  void noGreatCircleDistance() {
    // From (89, 90): POLAR (89, 0) is about 1.4 degrees away along the sphere, but 90 degrees in the
    // (longitude, latitude) plane; SOUTH (87, 90) is 2 degrees away in both. The planar metric picks SOUTH.
    List<Station> arctic = List.of(new Station("P", "POLAR", 89, 0), new Station("S", "SOUTH", 87, 90));
    assertThat(new NearestStationFinder(arctic, id -> true).nearest(89, 90).id()).isEqualTo("S");
  }

  @Test
  void needsAtLeastOneStationWithData() {
    assertThatThrownBy(() -> new NearestStationFinder(MELBOURNE_AREA, id -> false))
        .hasMessage("no station of the list has weather data");
  }
}
