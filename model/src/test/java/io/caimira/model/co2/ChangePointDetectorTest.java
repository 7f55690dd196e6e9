package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Ventilation change points. The sensor series in src/test/resources/co2/ are the four fixtures of
 * upstream caimira/tests/models/conftest.py and the 151-sample example of
 * caimira/docs/mkdocs/docs/code/rest_api.md, re-typed as CSV.
 */
class ChangePointDetectorTest {

  /**
   * Upstream test_co2_concentration_model.py::test_find_change_points: expected times and rtol 1e-2
   * (np.allclose, i.e. |a − b| ≤ 1e-8 + 1e-2·|b|) as upstream.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "office_scenario_1; 14.78, 15.1, 15.53, 15.87, 16.52, 16.83",
        "office_scenario_2; 10.17, 12.45, 14.5",
        "meeting_scenario_1; 10.37, 11.07",
        "meeting_scenario_2; 14.37, 14.72, 15, 15.33, 15.68, 16.03"
      })
  void upstreamSensorDataSetsWithinUpstreamTolerance(String name, String expectedList) {
    CsvSeries s = CsvSeries.load("/co2/" + name + ".csv");
    double[] expected = parse(expectedList);

    double[] found = ChangePointDetector.findChangePoints(s.times(), s.co2());

    assertThat(found).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(found[i]).isCloseTo(expected[i], within(1e-8 + 1e-2 * Math.abs(expected[i])));
    }
  }

  /**
   * The same data sets, exact sample times: those selected by scipy 1.17.1 find_peaks (same
   * algorithm as 1.10) on the centred rolling mean, run locally in Python with upstream's parameters.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "office_scenario_1; 14.7722, 15.1083, 15.5222, 15.8667, 16.5139, 16.8528",
        "office_scenario_2; 10.16666667, 12.46666667, 14.53333333",
        "meeting_scenario_1; 10.36111111, 11.08055556",
        "meeting_scenario_2; 14.319444, 14.708333, 14.994444, 15.338889, 15.702778, 16.013889"
      })
  void upstreamSensorDataSetsExactSamples(String name, String expectedList) {
    CsvSeries s = CsvSeries.load("/co2/" + name + ".csv");
    assertThat(ChangePointDetector.findChangePoints(s.times(), s.co2()))
        .containsExactly(parse(expectedList));
  }

  /**
   * Documentation example (physics.md §3.1/§3.3): step 0.033 h = 118.8 s → window 1, distance 7,
   * width 10; upstream answers [10.167, 12.467], sample times of the input, compared exactly.
   */
  @Test
  void documentationExample() {
    CsvSeries s = CsvSeries.load("/co2/rest_api_doc_example.csv");
    assertThat(s.times()).hasSize(151);

    assertThat(ChangePointDetector.findChangePoints(s.times(), s.co2()))
        .containsExactly(10.167, 12.467);
    assertThat(ChangePointDetector.Parameters.forStep((s.times()[1] - s.times()[0]) * 3600))
        .isEqualTo(new ChangePointDetector.Parameters(1, 7, 10));
  }

  @Test
  void parametersFollowPythonFloorDivision() {
    // office_scenario_1: step 0.0028 h ≈ 10.08 s → 60 // 10.08 = 5, 900 // 10.08 = 89, 1200 // … = 119
    // (the values scipy/pandas were called with when running upstream's algorithm on this data)
    assertThat(ChangePointDetector.Parameters.forStep((14.0028 - 14.0) * 3600))
        .isEqualTo(new ChangePointDetector.Parameters(5, 89, 119));
    // steps longer than a minute give the floor value 1
    assertThat(ChangePointDetector.Parameters.forStep(3600))
        .isEqualTo(new ChangePointDetector.Parameters(1, 1, 1));
    // Python: 60 // 0.1 == 599.0 (Math.floor(60 / 0.1) would give 600)
    assertThat(PythonFloat.floorDiv(60, 0.1)).isEqualTo(599.0);
    assertThat(PythonFloat.floorDiv(-7, 2)).isEqualTo(-4.0);
    assertThat(PythonFloat.floorDiv(7, 2)).isEqualTo(3.0);
  }

  @Test
  void syntheticVentilationEpisode() {
    // one-minute samples; the first step is 60.000000000002984 s in floating point, so window 1,
    // distance 14 and width 19 (checked below). CO2 rises linearly to 1400 ppm at
    // sample 60, falls to 500 ppm at sample 90, stays there until 130, then rises again.
    // Peak at 60 (prominence ≥ 100); the valley is the flat run [90, 130] → midpoint 110, whose
    // half-prominence width spans more than 19 samples.
    int n = 180;
    double[] t = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = 8 + i / 60.0;
      if (i <= 60) {
        c[i] = 400 + i * (1000.0 / 60);
      } else if (i <= 90) {
        c[i] = 1400 - (i - 60) * 30.0;
      } else if (i <= 130) {
        c[i] = 500;
      } else {
        c[i] = 500 + (i - 130) * 10.0;
      }
    }
    assertThat(ChangePointDetector.Parameters.forStep((t[1] - t[0]) * 3600))
        .isEqualTo(new ChangePointDetector.Parameters(1, 14, 19));
    assertThat(ChangePointDetector.findChangePoints(t, c)).containsExactly(t[60], t[110]);
  }

  @Test
  void inputValidation() {
    assertThatThrownBy(
            () -> ChangePointDetector.findChangePoints(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times and CO2 values must have the same length.");
    assertThatThrownBy(
            () -> ChangePointDetector.findChangePoints(new double[] {1}, new double[] {400}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two");
    assertThatThrownBy(
            () ->
                ChangePointDetector.findChangePoints(
                    new double[] {1, 1, 2}, new double[] {400, 410, 420}))
        .isInstanceOf(IllegalArgumentException.class);
    // two samples are accepted and give no change point
    assertThat(ChangePointDetector.findChangePoints(new double[] {8, 8.1}, new double[] {400, 900}))
        .isEmpty();
  }

  private static double[] parse(String list) {
    String[] parts = list.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i].trim());
    }
    return out;
  }
}
