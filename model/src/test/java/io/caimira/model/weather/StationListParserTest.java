package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationListParserTest {
  /** Two lines in the HadISD fixed-width layout (id, name, lat, lon, elevation, first and last date). */
  static final String LIST = """
      067000-99999 GENEVA COINTRIN                 46.238    6.109   430.1 1935-01-01 2020-02-06
      948640-99999 MELBOURNE ESSENDON             -37.728  144.902    86.0 1947-12-31 2020-02-06

      """;

  @Test
  void readsFixedWidthColumns() throws Exception {
    List<Station> stations = StationListParser.parse(new StringReader(LIST));
    assertThat(stations).containsExactly(
        new Station("067000-99999", "GENEVA COINTRIN", 46.238, 6.109),
        new Station("948640-99999", "MELBOURNE ESSENDON", -37.728, 144.902));
  }

  @Test
  void reportsTheLineOfAMalformedEntry() {
    String bad = LIST.lines().findFirst().orElseThrow() + "\n" + "948640-99999 TRUNCATED\n";
    assertThatThrownBy(() -> StationListParser.parse(new StringReader(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("station list line 2:");
    String notANumber = "067000-99999 GENEVA COINTRIN                 4x.238    6.109\n";
    assertThatThrownBy(() -> StationListParser.parse(new StringReader(notANumber)))
        .hasMessageStartingWith("station list line 1:");
  }
}
