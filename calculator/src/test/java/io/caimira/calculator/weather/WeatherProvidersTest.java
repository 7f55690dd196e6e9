package io.caimira.calculator.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.weather.GenevaWeatherProvider;
import io.caimira.model.weather.StationWeatherProvider;
import io.caimira.model.weather.WeatherProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeatherProvidersTest {
  private static final String DATA = WeatherProviders.DATA_VARIABLE;
  private static final String STATIONS = WeatherProviders.STATIONS_VARIABLE;
  private static final String STATION_LINE =
      "067000-99999 GENEVA COINTRIN                 46.238    6.109   430.1 1935-01-01 2020-02-06\n";

  @TempDir Path dir;

  private Path dataFile() throws Exception {
    return WeatherSetJsonLoaderTest.write(dir, "{" + WeatherSetJsonLoaderTest.station("067000-99999", 0, "") + "}");
  }

  private Path stationFile(String content) throws Exception {
    Path file = dir.resolve("stations.txt");
    Files.writeString(file, content);
    return file;
  }

  @Test
  void neitherVariableGivesTheGenevaDefault() {
    assertThat(WeatherProviders.fromEnvironment(Map.of())).isSameAs(GenevaWeatherProvider.instance());
    assertThat(WeatherProviders.fromEnvironment(Map.of(DATA, " ", STATIONS, "")))
        .isSameAs(GenevaWeatherProvider.instance());
  }

  @Test
  void bothVariablesGiveTheDataSet() throws Exception {
    WeatherProvider p = WeatherProviders.fromEnvironment(
        Map.of(DATA, dataFile().toString(), STATIONS, stationFile(STATION_LINE).toString()));
    assertThat(p).isInstanceOf(StationWeatherProvider.class);
    assertThat(((StationWeatherProvider) p).nearestStation(46.2, 6.1).name()).isEqualTo("GENEVA COINTRIN");
  }

  @Test
  void oneVariableAloneIsAnError() throws Exception {
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(Map.of(DATA, dataFile().toString())))
        .isInstanceOf(WeatherConfigurationException.class)
        .hasMessageStartingWith("CAIMIRA_WEATHER_DATA is set but CAIMIRA_WEATHER_STATIONS is not");
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(Map.of(STATIONS, "x")))
        .hasMessageStartingWith("CAIMIRA_WEATHER_STATIONS is set but CAIMIRA_WEATHER_DATA is not");
  }

  @Test
  void unreadableOrInvalidFilesNameTheVariable() throws Exception {
    String absent = dir.resolve("absent.json").toString();
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(
        Map.of(DATA, absent, STATIONS, stationFile(STATION_LINE).toString())))
        .isInstanceOf(WeatherConfigurationException.class)
        .hasMessageStartingWith("CAIMIRA_WEATHER_DATA: cannot read weather data set " + absent);
    String data = dataFile().toString();
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(Map.of(DATA, data, STATIONS, absent)))
        .hasMessageStartingWith("CAIMIRA_WEATHER_STATIONS: cannot read station list " + absent);
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(
        Map.of(DATA, data, STATIONS, stationFile("067000-99999 SHORT\n").toString())))
        .hasMessageStartingWith("CAIMIRA_WEATHER_STATIONS: invalid station list");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"A\": ");
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(
        Map.of(DATA, broken.toString(), STATIONS, stationFile(STATION_LINE).toString())))
        .hasMessageStartingWith("CAIMIRA_WEATHER_DATA: weather data set " + broken + " is not valid JSON");
  }

  @Test
  void stationsWithoutAnyDataAreAnError() throws Exception {
    String other = STATION_LINE.replace("067000-99999", "999999-99999");
    assertThatThrownBy(() -> WeatherProviders.fromEnvironment(
        Map.of(DATA, dataFile().toString(), STATIONS, stationFile(other).toString())))
        .hasMessage("CAIMIRA_WEATHER_STATIONS and CAIMIRA_WEATHER_DATA do not match: "
            + "no station of the list has weather data");
  }
}
