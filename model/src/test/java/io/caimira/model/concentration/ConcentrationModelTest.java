package io.caimira.model.concentration;

import static io.caimira.model.Tolerance.assertAlmostEqual;
import static io.caimira.model.Tolerance.assertRelClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.population.Activity;
import io.caimira.model.population.EmittingPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import io.caimira.model.virus.Virus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Port of upstream caimira/tests/models/test_concentration_model.py (the exact solver of physics.md §1.12), plus
 * checks of the port's decided deviations (api.md §13, physics.md §8): pure functions, a proper RR = 0 branch of
 * the integral, inside-temperature changes as state changes.
 */
class ConcentrationModelTest {
  /** Upstream's "interesting times": presence and ventilation (0.5, 1], (1.1, 2], (2, 3]. */
  private static final SpecificInterval INTERESTING = SpecificInterval.of(0.5, 1, 1.1, 2, 2, 3);

  private static Room room75() {
    return new Room(75, PiecewiseConstant.constant(0, 24, 293), 0.5);
  }

  /** Upstream fixture simple_conc_model: 75 m³, 100 ACH and one seated breathing infected (Type I mask). */
  private static VirusConcentrationModel simpleModel(SpecificInterval presence) {
    InfectedPopulation infected = new InfectedPopulation(
        Headcount.fixed(1, presence),
        PhysicalActivity.SEATED.fixed(),
        Mask.of(0.5),
        Variant.SARS_CoV_2.fixedVirus(),
        ExpirationType.BREATHING.fixed(),
        Samples.constant(0.0));
    return new VirusConcentrationModel(room75(), new AirChange(INTERESTING, 100), infected, 0.3);
  }

  private static VirusConcentrationModel simpleModel() {
    return simpleModel(INTERESTING);
  }

  /** Upstream fixture simple_conc_model_extended_presence: the infected comes back on (20, 20.001]. */
  private static VirusConcentrationModel extendedPresenceModel() {
    return simpleModel(SpecificInterval.of(0.5, 1, 1.1, 2, 2, 3, 20, 20.001));
  }

  /** Upstream fixture dummy_population: one seated person present at the interesting times. */
  private static SimplePopulation dummyPopulation() {
    return new SimplePopulation(Headcount.fixed(1, INTERESTING), PhysicalActivity.SEATED.fixed());
  }

  private static KnownConcentrationModel known(Samples removal, Samples background, Samples normalization) {
    VirusConcentrationModel simple = simpleModel();
    return new KnownConcentrationModel(simple.room(), simple.ventilation(), dummyPopulation(), removal, background,
        normalization);
  }

  private static KnownConcentrationModel known(double removal, double background, double normalization) {
    return known(Samples.constant(removal), Samples.constant(background), Samples.constant(normalization));
  }

  // --- vectorisation -------------------------------------------------------------------------------------------

  private static VirusConcentrationModel vectorModel(Samples volume, Samples humidity, Samples airChange,
      Samples viralLoad) {
    PeriodicInterval always = new PeriodicInterval(240, 240);
    InfectedPopulation infected = new InfectedPopulation(
        Headcount.fixed(1, always),
        Activity.of(0.51, 0.75),
        new Mask(Samples.constant(0.3), null, 0.95),
        new Virus(viralLoad, Samples.constant(50), Samples.constant(0.5), 1.0, 14),
        ExpirationType.BREATHING.fixed(),
        Samples.constant(0.0));
    Room room = new Room(volume, PiecewiseConstant.constant(0, 24, 293), humidity, null);
    return new VirusConcentrationModel(room, new AirChange(always, airChange), infected, 0.3);
  }

  static Stream<Arguments> vectorisedParameters() {
    Samples volume = Samples.constant(75);
    Samples humidity = Samples.constant(0.5);
    Samples airChange = Samples.constant(100);
    Samples viralLoad = Samples.constant(1e9);
    return Stream.of(
        Arguments.of("volume", Samples.of(100, 120), humidity, airChange, viralLoad),
        Arguments.of("humidity", volume, Samples.of(0.5, 0.4), airChange, viralLoad),
        Arguments.of("air change", volume, humidity, Samples.of(100, 120), viralLoad),
        Arguments.of("viral load", volume, humidity, airChange, Samples.of(5e8, 1e9)));
  }

  @ParameterizedTest(name = "{0} as an array")
  @MethodSource("vectorisedParameters")
  void concentrationIsVectorised(String what, Samples volume, Samples humidity, Samples airChange,
      Samples viralLoad) {
    // upstream test_concentration_model_vectorisation: an array of 2 parameter values gives 2 concentrations at
    // t = 10 h. Our addition: each equals the model built with that value alone (rtol 1e-12), and they differ.
    Samples c = vectorModel(volume, humidity, airChange, viralLoad).concentration(10);
    assertThat(c.size()).isEqualTo(2);
    for (int i = 0; i < 2; i++) {
      double scalar = vectorModel(Samples.constant(volume.get(i)), Samples.constant(humidity.get(i)),
          Samples.constant(airChange.get(i)), Samples.constant(viralLoad.get(i))).concentration(10).scalar();
      assertRelClose(c.get(i), scalar, 1e-12);
    }
    assertThat(c.get(0)).isNotEqualTo(c.get(1));
  }

  // --- state changes -------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "last state change before {0} is {1}")
  @CsvSource({
    "-15, 0", // before the first state: the first
    "0, 0",
    "0.5, 0",
    "0.51, 0.5",
    "1, 0.5",
    "1.05, 1",
    "1.1, 1",
    "1.11, 1.1",
    "2, 1.1",
    "2.1, 2",
    "3, 2",
    "15, 3", // after the last state: the last
  })
  void lastStateChange(double time, double expected) {
    // upstream test_last_state_change_time: exact
    assertThat(simpleModel().lastStateChange(time)).isEqualTo(expected);
  }

  @Test
  void firstPresenceTime() {
    // upstream test_first_presence_time: exact
    assertThat(simpleModel().firstPresenceTime()).isEqualTo(0.5);
  }

  // --- integrals -----------------------------------------------------------------------------------------------

  @Test
  void integralIsAdditive() {
    // upstream test_integrated_concentration: ∫0..2 = ∫0..1 + ∫1..2, decimal 15
    VirusConcentrationModel m = simpleModel();
    double c1 = m.integratedConcentration(0, 2).scalar();
    double c2 = m.integratedConcentration(0, 1).scalar();
    double c3 = m.integratedConcentration(1, 2).scalar();
    assertThat(c1).isNotZero();
    assertAlmostEqual(c1, c2 + c3, 15);
  }

  @ParameterizedTest(name = "background {0}")
  @CsvSource({
    "0.0, 0.00018533333708996207",
    "240.0, 48.000185340695275",
    "440.0, 88.00018534069527",
    "600.0, 120.00018534069527",
    "1000.0, 200.0001853407918",
  })
  void normedIntegralWithBackground(double background, double expected) {
    // upstream test_normed_integrated_concentration_with_background_concentration: removal rate 100 h⁻¹,
    // normalisation 10, ∫0..2 of the normed concentration (upstream obtained the references by quadrature),
    // decimal 7
    assertAlmostEqual(known(100, background, 10).normedIntegratedConcentration(0, 2).scalar(), expected, 7);
  }

  static Stream<Arguments> vectorisedIntegrals() {
    return Stream.of(
        Arguments.of(Samples.of(0.25, 10), Samples.constant(0), Samples.constant(10),
            new double[] {0.012161005755130391, 0.0017333437605308818}),
        Arguments.of(Samples.constant(100), Samples.of(0, 240.0), Samples.constant(10),
            new double[] {0.00018533333708996207, 48.000185340695275}),
        Arguments.of(Samples.constant(100), Samples.constant(440.0), Samples.of(10., 20.),
            new double[] {88.00018534069527, 44.000185340695275}),
        Arguments.of(Samples.of(10, 100), Samples.of(600., 800.), Samples.constant(10),
            new double[] {120.00173334473946, 160.0001853406953}),
        Arguments.of(Samples.of(50, 100), Samples.of(1000., 1100.), Samples.of(10., 20.),
            new double[] {200.00036800764332, 110.00018534069527}));
  }

  @ParameterizedTest(name = "[{index}] RR {0}, background {1}, normalisation {2}")
  @MethodSource("vectorisedIntegrals")
  void normedIntegralIsVectorised(Samples removal, Samples background, Samples normalization, double[] expected) {
    // upstream test_normed_integrated_concentration_vectorisation: ∫0..2, two samples, decimal 7
    Samples integral = known(removal, background, normalization).normedIntegratedConcentration(0, 2);
    assertAlmostEqual(integral, expected, 7);
  }

  static Stream<Arguments> nearlyZeroRemoval() {
    double expected = 240 + 0.5 / 75;
    return Stream.of(
        Arguments.of(Samples.constant(0), Samples.constant(240), new double[] {expected}),
        Arguments.of(Samples.constant(0.0001), Samples.constant(240), new double[] {expected}),
        Arguments.of(Samples.constant(1e-6), Samples.constant(240), new double[] {expected}),
        Arguments.of(Samples.constant(0), Samples.of(240, 240), new double[] {expected, expected}),
        Arguments.of(Samples.of(0.0001, 1e-6), Samples.of(240, 240), new double[] {expected, expected}));
  }

  @ParameterizedTest(name = "[{index}] RR {0}, background {1}")
  @MethodSource("nearlyZeroRemoval")
  void zeroOrTinyRemovalAccumulatesLinearly(Samples removal, Samples background, double[] expected) {
    // upstream test_zero_ventilation_rate: after 0.5 h of one emitter in 75 m³ without removal, the normed
    // concentration is the background + 0.5/75 (normalisation 1); pytest.approx abs 1e-6
    Samples c = known(removal, background, Samples.constant(1)).concentration(1);
    assertThat(c.size()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(c.get(i)).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void integralWithZeroRemovalIsExact() {
    // Decided deviation (api.md §13, physics.md §8): upstream's integral yields NaN when RR = 0; ours integrates
    // C0·Δ + N·Δ²/(2V). Background 240, normalisation 1, one emitter on (0.5, 1] and (1.1, 2] in 75 m³:
    // ∫0..2 = 2·240 + (0.5² + 0.9²)/(2·75) + 0.5/75·(0.1 + 0.9) = 480 + 2.06/150 (analytic; rtol 1e-12)
    double exact = 480 + 2.06 / 150;
    assertRelClose(known(0, 240, 1).normedIntegratedConcentration(0, 2).scalar(), exact, 1e-12);
    // and it is the limit of a vanishing removal rate (RR = 1e-4 h⁻¹ changes it by ~1e-9 relative; rtol 1e-7)
    assertRelClose(known(1e-4, 240, 1).normedIntegratedConcentration(0, 2).scalar(), exact, 1e-7);
  }

  // --- after the last state change -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(doubles = {3.1, 10})
  void limitAfterTheLastStateChangeIsTheBackground(double time) {
    // upstream test_concentration_limit_last_state_change: nobody emits after 3 h, the limit is B/K (0 for the
    // virus), decimal 7
    VirusConcentrationModel m = simpleModel();
    double backgroundOverK = m.backgroundConcentration().scalar() / m.normalizationFactor().scalar();
    assertAlmostEqual(m.normedConcentrationLimit(time).scalar(), backgroundOverK, 7);
    // same with a non-zero background (not upstream): 240 / 10
    assertAlmostEqual(known(100, 240, 10).normedConcentrationLimit(time).scalar(), 24, 7);
  }

  @ParameterizedTest(name = "[{0}, {1}]")
  @CsvSource({"10, 19", "3, 19", "0, 19", "0, 20"})
  void afterTheLastPresenceALaterReturnChangesNothingBeforeIt(double start, double stop) {
    // upstream test_concentration_after_last_state_change: the model whose infected comes back at 20 h agrees,
    // before 20 h, with the one whose infected never comes back; decimal 7
    VirusConcentrationModel simple = simpleModel();
    VirusConcentrationModel extended = extendedPresenceModel();
    double time = (start + stop) / 2;
    assertAlmostEqual(simple.removalRate(time).scalar(), extended.removalRate(time).scalar(), 7);
    assertAlmostEqual(simple.concentration(time).scalar(), extended.concentration(time).scalar(), 7);
    assertAlmostEqual(simple.normedConcentration(time).scalar(), extended.normedConcentration(time).scalar(), 7);
    assertAlmostEqual(simple.normedIntegratedConcentration(start, stop).scalar(),
        extended.normedIntegratedConcentration(start, stop).scalar(), 7);
    assertAlmostEqual(simple.integratedConcentration(start, stop).scalar(),
        extended.integratedConcentration(start, stop).scalar(), 7);
    assertThat(simple.integratedConcentration(start, stop).scalar()).isPositive();
  }

  // --- decided deviations --------------------------------------------------------------------------------------

  @Test
  void integratingBeyondTheLastStateChangeChangesNothing() {
    // Decided deviation (physics.md §8 quirk 2): pure functions. Upstream appends the integral's stop time to its
    // cached state-change list; ours leaves the model unchanged (exact equality).
    VirusConcentrationModel m = simpleModel();
    double[] times = m.stateChangeTimes();
    double before = m.normedIntegratedConcentration(0, 2).scalar();
    double far = m.normedIntegratedConcentration(0, 30).scalar();
    assertThat(far).isGreaterThan(before);
    assertThat(m.stateChangeTimes()).containsExactly(times);
    assertThat(m.normedIntegratedConcentration(0, 2).scalar()).isEqualTo(before);
    assertThat(m.normedIntegratedConcentration(0, 30).scalar()).isEqualTo(far);
  }

  private static VirusConcentrationModel emitterModel(PiecewiseConstant insideTemperature) {
    EmittingPopulation infected = new EmittingPopulation(
        Headcount.fixed(1, SpecificInterval.of(1, 11)),
        PhysicalActivity.SEATED.fixed(),
        Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(),
        Samples.constant(1000));
    Room room = new Room(50, insideTemperature, 0.5);
    return new VirusConcentrationModel(room, new AirChange(SpecificInterval.of(0, 10), 1.0), infected, 0.3);
  }

  @Test
  void aConstantInsideTemperatureAddsNoStateChange() {
    // Decided deviation (api.md §13): the inside temperature's times are state changes only when it varies
    assertThat(emitterModel(PiecewiseConstant.constant(0, 24, 293)).stateChangeTimes()).containsExactly(0, 1, 10, 11);
  }

  @Test
  void aChangingInsideTemperatureIsAStateChange() {
    // 293 K until 12 h, 298 K after; after 11 h nobody emits and nothing ventilates, so the concentration only
    // decays: by exp(−(settling + decay at 293 K)) over (11, 12] and exp(−(settling + decay at 298 K)) over
    // (12, 13], with settling 1.88e-4·3600/1.5 h⁻¹ (default particle) and the half-lives of physics.md §1.4
    // (0.6008022766 h at 293 K, 0.4485260214 h at 298 K); rtol 1e-9
    PiecewiseConstant inside = new PiecewiseConstant(new double[] {0, 12, 24}, new double[] {293, 298});
    VirusConcentrationModel m = emitterModel(inside);
    assertThat(m.stateChangeTimes()).containsExactly(0, 1, 10, 11, 12, 24);
    double settling = 1.88e-4 * 3600 / 1.5;
    double c11 = m.concentration(11).scalar();
    double c12 = m.concentration(12).scalar();
    double c13 = m.concentration(13).scalar();
    assertThat(c11).isPositive();
    assertRelClose(c12 / c11, Math.exp(-(settling + Math.log(2) / 0.6008022766)), 1e-9);
    assertRelClose(c13 / c12, Math.exp(-(settling + Math.log(2) / 0.4485260214)), 1e-9);
    // before the change it agrees with the constant-temperature model (rtol 1e-12)
    assertRelClose(c12, emitterModel(PiecewiseConstant.constant(0, 24, 293)).concentration(12).scalar(), 1e-12);
  }
}
