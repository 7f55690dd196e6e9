package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DailyTemperatureCycleTest {
  @Test
  void minimumAtSixMaximumAtFifteenMeanHalfWay() {
    // by construction (two half cosines): the extremes at 06:00 and 15:00, the mean at 10:30 and at 22:30
    assertThat(DailyTemperatureCycle.at(6, 19, 26)).isCloseTo(19, within(1e-12));
    assertThat(DailyTemperatureCycle.at(15, 19, 26)).isCloseTo(26, within(1e-12));
    assertThat(DailyTemperatureCycle.at(10.5, 19, 26)).isCloseTo(22.5, within(1e-12));
    assertThat(DailyTemperatureCycle.at(22.5, 19, 26)).isCloseTo(22.5, within(1e-12));
    // continuous over midnight, within the range all day
    assertThat(DailyTemperatureCycle.at(23.999999, 19, 26)).isCloseTo(DailyTemperatureCycle.at(0, 19, 26),
        within(1e-5));
    for (double h = 0; h < 24; h += 0.25) {
      assertThat(DailyTemperatureCycle.at(h, 19, 26)).isBetween(19.0, 26.0);
    }
  }

  @Test
  void theProfileIsTheHourlyValuesInKelvin() {
    double[] hourly = DailyTemperatureCycle.hourly(-5, 3);
    assertThat(hourly).hasSize(24);
    assertThat(hourly[6]).isCloseTo(-5, within(1e-12));
    assertThat(hourly[15]).isCloseTo(3, within(1e-12));
    var profile = DailyTemperatureCycle.profileOfCelsius(hourly);
    assertThat(profile.value(15.0)).isCloseTo(3 + 273.15, within(0.05));
    assertThat(profile.value(6.0)).isCloseTo(-5 + 273.15, within(0.05));
  }

  @Test
  void distancesOfTheWeatherSource() {
    // Geneva to Sydney (-33.8688, 151.2093): 16 773.97 km on the sphere of radius 6 371 km (haversine computed
    // separately in Python); the geodesic on the WGS84 ellipsoid is about 16 790 km
    assertThat(GenevaWeatherProvider.instance().sourceDistanceKm(-33.8688, 151.2093)).isCloseTo(16_773.97,
        within(0.01));
    assertThat(GenevaWeatherProvider.instance().sourceDistanceKm(46.20833, 6.14275)).isCloseTo(0, within(1e-6));
    // Geneva to Meyrin: 5.66 km (same computation)
    assertThat(GenevaWeatherProvider.instance().sourceDistanceKm(46.23424, 6.07947)).isCloseTo(5.657, within(0.001));
  }
}
