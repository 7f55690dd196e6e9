package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.concentration.Co2ConcentrationModel;
import io.caimira.model.numeric.Grids;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.ventilation.CustomVentilation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Port of upstream caimira/tests/models/test_fitting_algorithm.py (7 cases). The "measured" series
 * is made by the CO₂ model itself: room 75 m³ (inside 293 K), custom ventilation with the given
 * transition times and air changes, occupancy 2, 1, 2 people over (8, 12], (12, 13], (13, 17], the
 * activity's fixed breathing rates; 100 samples linspace(8, 17). The fit (75 m³, capacity 2, the
 * same occupancy and ventilation times) must recover the exhalation rate to decimal 2 (numpy
 * assert_almost_equal: |Δ| < 1.5·10⁻²) and the ACH and L/s/person values to rtol 1e-2 (numpy
 * assert_allclose: |Δ| ≤ 1e-2·|expected|); L/s is checked the same way. Expected values: the
 * generating parameters, and upstream's L/s/person column (ACH/3600·75·1000/2).
 */
class FittingAlgorithmTest {

  @ParameterizedTest(name = "{0}, ventilation {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Seated; 8, 12, 13, 17; 0.25, 2.45, 0.25; 2.604166667, 25.520833335, 2.604166667",
        "Standing; 8, 10, 11, 12, 17; 1.25, 3.25, 1.45, 0.25;"
            + " 13.02083333333, 33.8541666667, 15.1041666667, 2.6041666667",
        "Light activity; 8, 12, 17; 1.25, 0.25; 13.02083333333, 2.6041666667",
        "Moderate activity; 8, 13, 15, 16, 17; 2.25, 0.25, 3.45, 0.25;"
            + " 23.4375, 2.6041666667, 35.9375, 2.6041666667",
        "Heavy exercise; 8, 17; 0.25; 2.6041666667",
        "Seated; 8, 17; 0.25; 2.6041666667",
        "Standing; 8, 17; 2.45; 25.5208333333",
      })
  void fitRecoversTheGeneratingParameters(
      String activityLabel, String ventilationTimes, String airChanges, String flowPerPerson) {
    PhysicalActivity activity = PhysicalActivity.fromLabel(activityLabel);
    double[] ventilation = parse(ventilationTimes);
    double[] ach = parse(airChanges);
    double[] lsp = parse(flowPerPerson);
    IntPiecewiseConstant occupancy =
        new IntPiecewiseConstant(new double[] {8, 12, 13, 17}, new int[] {2, 1, 2});
    Co2ConcentrationModel truth =
        new Co2ConcentrationModel(
            new Room(75, PiecewiseConstant.constant(0, 24, 293), Room.DEFAULT_HUMIDITY),
            new CustomVentilation(new PiecewiseConstant(ventilation, ach)),
            new SimplePopulation(Headcount.varying(occupancy), activity.fixed()));
    double[] times = Grids.linspace(8, 17, 100);
    double[] measured = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      measured[i] = truth.concentration(times[i]).scalar();
    }

    Co2Fit fit = new Co2DataModel(75, 2, occupancy, ventilation, times, measured).fit();

    double exhalation = activity.fixed().exhalationRate().scalar();
    assertThat(fit.exhalationRate()).isCloseTo(exhalation, within(1.5e-2));
    assertAllClose(fit.ventilationValues(), ach, 1e-2);
    assertAllClose(fit.ventilationLspValues(), lsp, 1e-2);
    double[] ls = new double[ach.length];
    for (int i = 0; i < ls.length; i++) {
      ls[i] = lsp[i] * 2;
    }
    assertAllClose(fit.ventilationLsValues(), ls, 1e-2);
    assertThat(fit.roomCapacity()).isEqualTo(2);
    assertThat(fit.predictedCo2()).hasSize(100);
  }

  static void assertAllClose(double[] actual, double[] expected, double rtol) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(rtol * Math.abs(expected[i])));
    }
  }

  static double[] parse(String list) {
    String[] parts = list.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i].trim());
    }
    return out;
  }
}
