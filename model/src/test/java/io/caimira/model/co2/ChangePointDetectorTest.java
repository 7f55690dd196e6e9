package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Ventilation change points, on hand-made series; no recorded sensor data is used. */
class ChangePointDetectorTest {

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
}
