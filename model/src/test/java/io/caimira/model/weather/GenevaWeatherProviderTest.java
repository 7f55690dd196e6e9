package io.caimira.model.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.time.PiecewiseConstant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The built-in default must be a faithful refinement of the embedded Geneva figures. */
class GenevaWeatherProviderTest {
  private final WeatherProvider geneva = GenevaWeatherProvider.instance();

  @Test
  void januaryProfileFollowsTheEmbeddedFigures() {
    double[] kelvin = GenevaClimate.kelvin(1);
    assertThat(kelvin[0]).isCloseTo(273.15 + 0.2, within(1e-12)); // first January figure, 0.2 °C
    PiecewiseConstant jan = geneva.outsideTemperature(GenevaClimate.LATITUDE, GenevaClimate.LONGITUDE, 1);
    assertThat(jan.transitionTimes()).hasSize(241);
    double[] values = jan.values();
    for (int h = 0; h < 24; h++) {
      double next = kelvin[(h + 1) % 24];
      // The segment starting at h:00 has its mid-point at h:03: 1/20 of the way to the next hour's figure;
      // the segment ending at (h+1):00 is at 19/20. Tolerance 1e-9 K (linear interpolation, rounding only).
      assertThat(values[10 * h]).isCloseTo(kelvin[h] + 0.05 * (next - kelvin[h]), within(1e-9));
      assertThat(values[10 * h + 9]).isCloseTo(kelvin[h] + 0.95 * (next - kelvin[h]), within(1e-9));
      // Segments h:00–h:06 and h:54–(h+1):00 are symmetric about the half hour: their mean is the mid-hour value.
      assertThat((values[10 * h + 4] + values[10 * h + 5]) / 2)
          .isCloseTo((kelvin[h] + next) / 2, within(1e-9));
    }
    // The mid-point rule is exact on each linear piece, so the daily mean is preserved (tolerance 1e-9 K).
    assertThat(Arrays.stream(values).average().orElseThrow())
        .isCloseTo(Arrays.stream(kelvin).average().orElseThrow(), within(1e-9));
  }

  @Test
  void locationIsIgnoredAndEveryMonthIsAvailable() {
    for (int m = 1; m <= 12; m++) {
      assertThat(geneva.outsideTemperature(-37.8, 144.9, m))
          .isEqualTo(geneva.outsideTemperature(GenevaClimate.LATITUDE, GenevaClimate.LONGITUDE, m));
    }
  }

  @Test
  void hourlyTableHoldsEachFigureOverItsHour() {
    // 25 boundaries 0..24; value on (h, h+1] is figure h in K. Exact up to the °C→K addition (1e-12).
    PiecewiseConstant table = GenevaClimate.hourlyTable(7);
    assertThat(table.transitionTimes()).hasSize(25);
    double[] celsius = GenevaClimate.celsius(7);
    assertThat(table.value(13.5)).isCloseTo(celsius[13] + 273.15, within(1e-12));
    assertThat(GenevaClimate.refinedTable(7).transitionTimes()).hasSize(241);
  }
}
