package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PiecewiseConstant;
import org.junit.jupiter.api.Test;

/**
 * Input checks of {@link Co2DataModel} (upstream's messages from models.py CO2DataModel
 * .CO2_fit_params, with "at last" spelt "at least") and the shape of {@link Co2Fit}.
 */
class Co2DataModelTest {
  private static final IntPiecewiseConstant OCCUPANCY =
      new IntPiecewiseConstant(new double[] {8, 12}, new int[] {3});
  private static final double[] VENTILATION = {8, 10, 12};

  @Test
  void timesAndConcentrationsMustHaveTheSameLength() {
    assertThatThrownBy(() -> model(new double[] {8, 9, 10}, new double[] {400, 500}, VENTILATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times and CO2_concentrations must have same length.");
  }

  @Test
  void atLeastTwoSamples() {
    assertThatThrownBy(() -> model(new double[] {8}, new double[] {400}, VENTILATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times and CO2_concentrations must contain at least two elements");
    assertThatThrownBy(() -> model(new double[0], new double[0], VENTILATION))
        .hasMessage("times and CO2_concentrations must contain at least two elements");
  }

  @Test
  void atLeastTwoVentilationTransitionTimes() {
    // upstream fails with "not enough values to unpack (expected 2, got 0)" for an empty list
    assertThatThrownBy(() -> model(new double[] {8, 9}, new double[] {400, 500}, new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ventilation_transition_times must contain at least two elements");
    assertThatThrownBy(() -> model(new double[] {8, 9}, new double[] {400, 500}, new double[] {8}))
        .hasMessageStartingWith("ventilation_transition_times must contain at least two elements");
  }

  @Test
  void ventilationTransitionTimesMustBeIncreasing() {
    assertThatThrownBy(
            () -> model(new double[] {8, 9}, new double[] {400, 500}, new double[] {8, 10, 10}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must not contain duplicated elements and must be sorted");
  }

  @Test
  void otherInputsAreChecked() {
    double[] t = {8, 9};
    double[] c = {400, 500};
    assertThatThrownBy(() -> new Co2DataModel(0, null, OCCUPANCY, VENTILATION, t, c))
        .hasMessageContaining("room volume");
    assertThatThrownBy(() -> new Co2DataModel(50, -1, OCCUPANCY, VENTILATION, t, c))
        .hasMessageContaining("room capacity");
    IntPiecewiseConstant nobody = new IntPiecewiseConstant(new double[] {8, 12}, new int[] {0});
    assertThatThrownBy(() -> new Co2DataModel(50, null, nobody, VENTILATION, t, c))
        .hasMessageContaining("at least one person");
  }

  @Test
  void flowRatesFollowFromTheAirChanges() {
    double[] times = SyntheticCo2.sampleTimes(7.5, 12.5, 151);
    SyntheticCo2 data = generated(times);

    Co2Fit fit = new Co2DataModel(50, 4, OCCUPANCY, VENTILATION, times, data.co2()).fit();

    double[] ach = fit.ventilationValues();
    assertThat(ach).hasSize(2);
    for (int i = 0; i < ach.length; i++) {
      // L/s = ACH / 3600 · V · 1000; per person ÷ capacity (definitions, exact up to rounding)
      assertThat(fit.ventilationLsValues()[i]).isCloseTo(ach[i] / 3600 * 50 * 1000, within(1e-12));
      assertThat(fit.ventilationLspValues()[i])
          .isCloseTo(fit.ventilationLsValues()[i] / 4, within(1e-12));
    }
    assertThat(fit.roomCapacity()).isEqualTo(4);
    assertThat(fit.predictedCo2()).hasSize(151);
    // before anyone arrives the prediction is the outdoor background 440.44 ppm
    assertThat(fit.predictedCo2()[0]).isCloseTo(440.44, within(1e-9));
  }

  @Test
  void perPersonFlowIsNullWithoutCapacity() {
    double[] times = SyntheticCo2.sampleTimes(7.5, 12.5, 31);
    SyntheticCo2 data = generated(times);

    assertThat(new Co2DataModel(50, null, OCCUPANCY, VENTILATION, times, data.co2()).fit()
            .ventilationLspValues())
        .isNull();
    Co2Fit zero = new Co2DataModel(50, 0, OCCUPANCY, VENTILATION, times, data.co2()).fit();
    assertThat(zero.ventilationLspValues()).isNull();
    assertThat(zero.roomCapacity()).isZero();
  }

  @Test
  void unsortedSamplesGiveTheSameFitInInputOrder() {
    double[] times = SyntheticCo2.sampleTimes(7.5, 12.5, 31);
    double[] co2 = generated(times).co2();
    double[] reversedTimes = new double[times.length];
    double[] reversedCo2 = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      reversedTimes[i] = times[times.length - 1 - i];
      reversedCo2[i] = co2[times.length - 1 - i];
    }

    Co2Fit sorted = new Co2DataModel(50, null, OCCUPANCY, VENTILATION, times, co2).fit();
    Co2Fit reversed =
        new Co2DataModel(50, null, OCCUPANCY, VENTILATION, reversedTimes, reversedCo2).fit();

    // the residual sum is formed in time order either way, so the fits are identical
    assertThat(reversed.exhalationRate()).isEqualTo(sorted.exhalationRate());
    assertThat(reversed.ventilationValues()).containsExactly(sorted.ventilationValues());
    for (int i = 0; i < times.length; i++) {
      assertThat(reversed.predictedCo2()[i])
          .isEqualTo(sorted.predictedCo2()[times.length - 1 - i]);
    }
  }

  @Test
  void fitIsDeterministicAndImmutable() {
    double[] times = SyntheticCo2.sampleTimes(7.5, 12.5, 31);
    double[] co2 = generated(times).co2();
    Co2DataModel model = new Co2DataModel(50, 4, OCCUPANCY, VENTILATION, times, co2);

    Co2Fit first = model.fit();
    first.ventilationValues()[0] = -1;
    first.predictedCo2()[0] = -1;
    co2[0] = 1e6; // the model keeps its own copy

    assertThat(model.fit()).isEqualTo(first);
    assertThat(first.ventilationValues()[0]).isNotEqualTo(-1);
  }

  @Test
  void residualNormIsTheObjective() {
    double[] times = SyntheticCo2.sampleTimes(7.5, 12.5, 31);
    double[] co2 = generated(times).co2();
    Co2DataModel model = new Co2DataModel(50, null, OCCUPANCY, VENTILATION, times, co2);
    double[] x = {0.5, 0.7, 2.0};

    double[] predicted = model.predict(x);
    double sum = 0;
    for (int i = 0; i < co2.length; i++) {
      sum += (co2[i] - predicted[i]) * (co2[i] - predicted[i]);
    }
    assertThat(model.residualNorm(x)).isCloseTo(Math.sqrt(sum), within(1e-9));
    // noise-free data from these parameters: the objective vanishes (up to rounding)
    assertThat(model.residualNorm(new double[] {0.51, 0.6, 3.0})).isLessThan(1e-9);
    assertThatThrownBy(() -> model.residualNorm(new double[] {1, 1}))
        .hasMessageContaining("expected 3 parameters");
  }

  private static SyntheticCo2 generated(double[] times) {
    return SyntheticCo2.generate(
        50, OCCUPANCY, 0.51, new PiecewiseConstant(VENTILATION, new double[] {0.6, 3.0}), times, 0,
        0);
  }

  private static Co2DataModel model(double[] times, double[] co2, double[] ventilation) {
    return new Co2DataModel(50, null, OCCUPANCY, ventilation, times, co2);
  }
}
