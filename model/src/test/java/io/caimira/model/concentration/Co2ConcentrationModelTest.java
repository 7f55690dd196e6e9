package io.caimira.model.concentration;

import static io.caimira.model.Tolerance.assertAlmostEqual;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Port of upstream caimira/tests/models/test_co2_concentration_model.py, CO₂ concentration part (physics.md
 * §1.12). Not ported here: test_find_change_points and test_predictive_model_accuracy (change-point detection and
 * CO₂ fitting, covered by another test suite).
 *
 * <p>Model (upstream fixture simple_co2_conc_model): 200 m³, 0.25 ACH all day, 5 seated people (0.51 m³/h)
 * present 0–4 h.
 */
class Co2ConcentrationModelTest {

  private static Co2ConcentrationModel model(SpecificInterval presence) {
    Room room = new Room(200, PiecewiseConstant.constant(0, 24, 293), 0.5);
    AirChange infiltration = new AirChange(new PeriodicInterval(120, 120), 0.25);
    SimplePopulation people = new SimplePopulation(Headcount.fixed(5, presence), PhysicalActivity.SEATED.fixed());
    return new Co2ConcentrationModel(room, infiltration, people);
  }

  private static Co2ConcentrationModel simpleModel() {
    return model(SpecificInterval.of(0, 4));
  }

  /** Upstream fixture simple_co2_conc_model_extended_presence: the people come back on (20, 20.1]. */
  private static Co2ConcentrationModel extendedPresenceModel() {
    return model(SpecificInterval.of(0, 4, 20, 20.1));
  }

  @ParameterizedTest(name = "CO₂({0} h) = {1} ppm")
  @CsvSource({"0, 440.44", "1, 914.2487227", "2, 1283.251327", "3, 1570.630844", "4, 1794.442237"})
  void co2Concentration(double time, double expectedPpm) {
    // upstream test_co2_concentration: decimal 7
    assertAlmostEqual(simpleModel().concentration(time).scalar(), expectedPpm, 7);
  }

  @Test
  void integralIsAdditive() {
    // upstream test_integrated_concentration: ∫0..2 = ∫0..1 + ∫1..2, decimal 7
    Co2ConcentrationModel m = simpleModel();
    double c1 = m.integratedConcentration(0, 2).scalar();
    double c2 = m.integratedConcentration(0, 1).scalar();
    double c3 = m.integratedConcentration(1, 2).scalar();
    assertThat(c1).isNotZero();
    assertAlmostEqual(c1, c2 + c3, 7);
  }

  @ParameterizedTest
  @ValueSource(doubles = {4.1, 10})
  void limitAfterTheLastStateChangeIsTheBackground(double time) {
    // upstream test_concentration_limit_last_state_change: B/K = 440.44 / (1e6 · 0.51 · 0.042), decimal 7
    Co2ConcentrationModel m = simpleModel();
    assertAlmostEqual(m.normedConcentrationLimit(time).scalar(), 440.44 / (1e6 * 0.51 * 0.042), 7);
  }

  @ParameterizedTest(name = "[{0}, {1}]")
  @CsvSource({"10, 19", "4, 19", "0, 19", "0, 20"})
  void afterTheLastPresenceALaterReturnChangesNothingBeforeIt(double start, double stop) {
    // upstream test_concentration_after_last_state_change: decimal 7
    Co2ConcentrationModel simple = simpleModel();
    Co2ConcentrationModel extended = extendedPresenceModel();
    double time = (start + stop) / 2;
    assertAlmostEqual(simple.removalRate(time).scalar(), extended.removalRate(time).scalar(), 7);
    assertAlmostEqual(simple.concentration(time).scalar(), extended.concentration(time).scalar(), 7);
    assertAlmostEqual(simple.normedConcentration(time).scalar(), extended.normedConcentration(time).scalar(), 7);
    assertAlmostEqual(simple.normedIntegratedConcentration(start, stop).scalar(),
        extended.normedIntegratedConcentration(start, stop).scalar(), 7);
    assertAlmostEqual(simple.integratedConcentration(start, stop).scalar(),
        extended.integratedConcentration(start, stop).scalar(), 7);
    // the CO₂ decays towards the outdoor level but stays above it (not an upstream check)
    assertThat(simple.concentration(time).scalar()).isGreaterThan(440.44).isLessThan(1794.442237);
  }
}
