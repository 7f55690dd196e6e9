package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.EmittingPopulation;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.HingedWindow;
import io.caimira.model.ventilation.MechanicalSupply;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.virus.Variant;
import io.caimira.model.virus.Virus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Port of upstream caimira/tests/models/test_exposure_model.py: doses and infection probabilities for prescribed
 * concentrations, exactness of the dose integral, incidence (Cases) probabilities, the total-probability rule,
 * the diameter-vectorisation checks and host immunity.
 *
 * <p>numpy's assert_almost_equal(decimal=k) means |actual − expected| &lt; 1.5·10⁻ᵏ (default k = 7); assert_allclose
 * defaults to rtol 1e-7.
 */
class ExposureModelTest {

  private static final double DECIMAL_7 = 1.5e-7;
  private static final double DECIMAL_10 = 1.5e-10;
  private static final double DECIMAL_1 = 0.15;

  private static final Interval HALFTIME = KnownConcentration.HALFTIME;

  /** Upstream populations[0]: 10 standing people with Type I masks, half of the time. */
  static ExposedPopulation scalarPopulation() {
    return exposed(PhysicalActivity.STANDING.fixed(), Mask.of(0.5), 0.0);
  }

  /** Upstream populations[1]: as [0] with a two-sample inhale efficiency (0.3, 0.35). */
  static ExposedPopulation maskArrayPopulation() {
    return exposed(PhysicalActivity.STANDING.fixed(), maskArray(), 0.0);
  }

  /** Upstream populations[2]: as [0] with a two-sample inhalation rate (0.51, 0.57). */
  static ExposedPopulation inhalationArrayPopulation() {
    return exposed(new Activity(Samples.of(0.51, 0.57), Samples.constant(0.57)), Mask.of(0.5), 0.0);
  }

  private static Mask maskArray() {
    return new Mask(Samples.of(0.3, 0.35), null, 1.0);
  }

  private static ExposedPopulation exposed(Activity activity, Mask mask, double hostImmunity) {
    return new ExposedPopulation(new Headcount.Fixed(10, HALFTIME), activity, mask, Samples.constant(hostImmunity));
  }

  private static ExposureModel model(LongRangeConcentration c, ExposedPopulation exposed) {
    return new ExposureModel(List.of(c), List.of(), exposed, Cases.NONE);
  }

  private static void assertElementwise(Samples actual, double tolerance, double... expected) {
    assertThat(actual.size()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.get(i)).as("sample %d", i).isCloseTo(expected[i], within(tolerance));
    }
  }

  static Stream<Arguments> ndarrayCases() {
    return Stream.of(
        Arguments.of("populations[1], 18", maskArrayPopulation(), new double[] {18},
            new double[] {64.02320633, 59.45012016}, new double[] {67.9503762594, 65.2366759251}),
        Arguments.of("populations[2], 18", inhalationArrayPopulation(), new double[] {18},
            new double[] {40.91708675, 45.73086166}, new double[] {51.6749232285, 55.6374622042}),
        Arguments.of("populations[0], (18, 36)", scalarPopulation(), new double[] {18, 36},
            new double[] {45.73086166, 91.46172332}, new double[] {55.6374622042, 80.3196524031}),
        Arguments.of("populations[1], (18, 36)", maskArrayPopulation(), new double[] {18, 36},
            new double[] {64.02320633, 118.90024032}, new double[] {67.9503762594, 87.9151129926}),
        Arguments.of("populations[2], (18, 36)", inhalationArrayPopulation(), new double[] {18, 36},
            new double[] {40.91708675, 91.46172332}, new double[] {51.6749232285, 80.3196524031}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ndarrayCases")
  void doseAndProbabilityForKnownConcentrations(String name, ExposedPopulation exposed, double[] concentration,
      double[] expectedDose, double[] expectedProbability) {
    // upstream test_exposure_model_ndarray: dose decimal 7, probability decimal 10
    ExposureModel m = model(KnownConcentration.constant(concentration), exposed);
    assertElementwise(m.depositedExposure(true), DECIMAL_7, expectedDose);
    assertElementwise(m.infectionProbability(), DECIMAL_10, expectedProbability);
    assertThat(m.expectedNewCases().size()).isEqualTo(2);
  }

  static Stream<Arguments> vectorCases() {
    return Stream.of(
        Arguments.of("populations[0]", scalarPopulation(), new double[] {1.52436206, 1.52436206}),
        Arguments.of("populations[1]", maskArrayPopulation(), new double[] {2.13410688, 1.98167067}),
        Arguments.of("populations[2]", inhalationArrayPopulation(), new double[] {1.36390289, 1.52436206}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectorCases")
  void doseForTwoSampleConcentration(String name, ExposedPopulation exposed, double[] expected) {
    // upstream test_exposure_model_vector, decimal 7
    ExposureModel m = model(KnownConcentration.constant(0.6, 0.6), exposed);
    assertElementwise(m.depositedExposure(true), DECIMAL_7, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectorCases")
  void doseWhenConcentrationIsScalarAtSomeTimesAndArrayAtOthers(String name, ExposedPopulation exposed,
      double[] expected) {
    // upstream test_exposure_model_ndarray_and_float_mix, decimal 7. The concentration is the scalar 0 in odd
    // hours and the array (0.6, 0.6) in even hours; as upstream, the integral uses the limit (0.6, 0.6) throughout.
    Samples array = Samples.of(0.6, 0.6);
    KnownConcentration c = new KnownConcentration(KnownConcentration.dummyInfected(),
        t -> Math.floor(t) % 2 != 0 ? Samples.constant(0.0) : array, t -> array);
    ExposureModel m = model(c, exposed);
    assertElementwise(m.depositedExposure(true), DECIMAL_7, expected);
    assertThat(m.infectionProbability().size()).isEqualTo(2);
    assertThat(m.expectedNewCases().size()).isEqualTo(2);
    assertThat(m.concentration(1.5)).isZero();
    assertThat(m.concentration(2.5)).isEqualTo(0.6);
  }

  @Test
  void doseForScalarConcentration() {
    // upstream test_exposure_model_scalar, decimal 7
    ExposureModel m = model(KnownConcentration.constant(0.6), scalarPopulation());
    Samples dose = m.depositedExposure(true);
    assertThat(dose.isConstant()).isTrue();
    assertThat(dose.scalar()).isCloseTo(1.52436206, within(DECIMAL_7));
  }

  /** Upstream fixture conc_model: 25 m³, 5 ACH, one emitter (970·50 virions/h) present 0–1, 1.01–1.02, 12–24 h. */
  private static VirusConcentrationModel integralAccuracyConcentration() {
    EmittingPopulation emitter = new EmittingPopulation(
        Headcount.fixed(1, SpecificInterval.of(0, 1, 1.01, 1.02, 12, 24)),
        PhysicalActivity.SEATED.fixed(),
        Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(),
        Samples.constant(970 * 50));
    return new VirusConcentrationModel(new Room(25), new AirChange(SpecificInterval.of(0, 24), 5), emitter, 0.3);
  }

  @ParameterizedTest(name = "exposed ({0}, {1})")
  @CsvSource({
      "0, 1, 42.63222033436878",
      "1, 1.01, 0.485377549596179",
      "1.01, 1.02, 0.47058239520823814",
      "12, 12.01, 0.01622776617499709",
      "12, 24, 595.1115223695439",
      "0, 24, 645.8401125684933"})
  void doseIntegralAccuracy(double start, double end, double expected) {
    // upstream test_exposure_model_integral_accuracy (reference: trapezoidal rule, 10 000 points per presence
    // interval), rtol 1e-7
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(10, SpecificInterval.of(start, end)),
        PhysicalActivity.STANDING.fixed(), Mask.of(0.5), Samples.constant(0.0));
    double dose = model(integralAccuracyConcentration(), exposed).depositedExposure(true).scalar();
    assertThat(dose).isCloseTo(expected, within(expected * 1e-7));
  }

  @Test
  void infectiousDoseArrayGivesOneProbabilityPerSample() {
    // upstream test_infectious_dose_vectorisation (shape only); values checked here against the dose-response
    // formula with ID63 = ID50/ln 2 (rtol 1e-12)
    Virus virus = new Virus(Samples.constant(1e9), Samples.of(50, 20, 30), Samples.constant(0.5), 1.0, 14);
    InfectedPopulation dummy = KnownConcentration.dummyInfected();
    InfectedPopulation infected = new InfectedPopulation(dummy.headcount(), dummy.activity(), dummy.mask(), virus,
        dummy.expiration(), dummy.hostImmunity());
    KnownConcentration c = KnownConcentration.constant(0.6).withInfected(infected);
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(10, SpecificInterval.of(0, 1)),
        PhysicalActivity.STANDING.fixed(), Mask.of(0.5), Samples.constant(0.0));
    ExposureModel m = model(c, exposed);
    Samples p = m.infectionProbability();
    assertThat(p.size()).isEqualTo(3);
    double dose = m.depositedExposure(true).scalar();
    double[] id50 = {50, 20, 30};
    for (int i = 0; i < 3; i++) {
      double expected = (1 - Math.exp(-dose * Math.log(2) / id50[i])) * 100;
      assertThat(p.get(i)).isCloseTo(expected, within(expected * 1e-12));
    }
  }

  @ParameterizedTest(name = "population {0}, cases {1}, {2} days, AB {3}")
  @CsvSource({
      "100000, 68, 7, 5, 0.023800",
      "200000, 121, 7, 5, 0.021175",
      "200000, 121, 14, 5, 0.042350",
      "100000, 68, 14, 10, 0.0952",
      "200000, 68, 14, 10, 0.0476",
      "150000, 68, 14, 2, 0.012693",
      "150000, 121, 14, 2, 0.022587",
      "100000, 68, 7, 5, 0.023450",
      "200000, 121, 7, 5, 0.021175"})
  void probabilityRandomIndividual(int population, int cases, int days, int bias, double expected) {
    // upstream test_probability_random_individual (its array cases split into one row per element), rtol 0.05
    double p = new Cases(population, cases, bias).probabilityRandomIndividual(days);
    assertThat(p).isCloseTo(expected, within(expected * 0.05));
  }

  @ParameterizedTest(name = "cases {0}, {1} exposed")
  @CsvSource({"68, 10, 0.321509274", "121, 20, 0.302950694"})
  void probabilityToMeetOneInfectedPerson(int cases, int exposed, double expected) {
    // upstream test_prob_meet_infected_person (population 100 000, AB 5, 1 infected, SARS_CoV_2 14 days; the array
    // case is the two rows together), rtol 0.05
    Cases c = new Cases(100_000, cases, 5);
    double p = c.probabilityMeetInfected(Variant.SARS_CoV_2.fixedVirus().infectiousnessDays(), 1, exposed + 1);
    assertThat(p).isCloseTo(expected, within(expected * 0.05));
  }

  @ParameterizedTest(name = "{0} exposed, concentration {1}")
  @CsvSource({"10, 18, 41.50971131", "10, 0.1, 2.185785075", "20, 36, 64.09068488", "30, 0.6, 55.93154502"})
  void totalProbabilityRule(int exposedNumber, double concentration, double expected) {
    // upstream test_probabilistic_exposure_probability (population 100 000, 68 cases, AB 5), rtol 0.05. Known
    // concentrations, so no Monte-Carlo sampling is involved: the result is deterministic and is also held to
    // rtol 1e-8 (our addition; observed agreement ~1e-10).
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(exposedNumber, new PeriodicInterval(120, 60)),
        PhysicalActivity.STANDING.fixed(), Mask.of(0.5), Samples.constant(0.0));
    ExposureModel m = new ExposureModel(List.of(KnownConcentration.constant(concentration)), List.of(), exposed,
        new Cases(100_000, 68, 5));
    double p = m.totalProbabilityRule();
    assertThat(p).isCloseTo(expected, within(expected * 0.05));
    assertThat(p).isCloseTo(expected, within(expected * 1e-8));
  }

  @Test
  void totalProbabilityRuleIsZeroWithoutIncidenceData() {
    // upstream ExposureModel.total_probability_rule: 0 when population or cases are 0 (no upstream test)
    assertThat(model(KnownConcentration.constant(18), scalarPopulation()).totalProbabilityRule()).isZero();
  }

  // --- diameter vectorisation (upstream test_diameter_vectorisation_*) ---------------------------------------

  private static final String DIAMETER_ARRAY_MESSAGE = "If the diameter is an array, none of the ventilation "
      + "parameters or virus decay constant can be arrays at the same time.";

  /**
   * Upstream fixture diameter_dependent_model: one seated Delta-infected person without mask, half of the time,
   * breathing. Upstream samples the breathing diameter distribution; the check only needs a per-sample diameter,
   * so a fixed two-sample array stands in for it.
   */
  private static VirusConcentrationModel diameterDependentModel(Room room, Ventilation ventilation) {
    InfectedPopulation infected = new InfectedPopulation(
        Headcount.fixed(1, HALFTIME),
        PhysicalActivity.SEATED.fixed(),
        Mask.NONE,
        Variant.SARS_CoV_2_DELTA.fixedVirus(),
        new Expiration(Samples.of(1.0, 3.0), 1.0, "Breathing"),
        Samples.constant(0.0));
    return new VirusConcentrationModel(room, ventilation, infected, 0.3);
  }

  private static final PeriodicInterval ALWAYS = new PeriodicInterval(120, 120);

  static Stream<Arguments> arrayRemovalParameters() {
    var t293 = Room.DEFAULT_INSIDE_TEMPERATURE;
    Room room50 = new Room(Samples.constant(50), t293, Samples.constant(0.3), null);
    Room roomArray = new Room(Samples.of(50, 100), t293, Samples.constant(0.3), null);
    return Stream.of(
        Arguments.of("sliding window, room volume array", roomArray,
            new SlidingWindow(ALWAYS, t293, 1, 1, 1)),
        Arguments.of("sliding window height array", room50, new SlidingWindow(ALWAYS, t293, Samples.of(1, 0.5),
            Samples.constant(1), 1, SlidingWindow.DEFAULT_MIN_DELTA_T)),
        Arguments.of("sliding window opening length array", room50, new SlidingWindow(ALWAYS, t293,
            Samples.constant(1), Samples.of(1, 0.5), 1, SlidingWindow.DEFAULT_MIN_DELTA_T)),
        Arguments.of("hinged window width array", new Room(50), new HingedWindow(ALWAYS, t293, Samples.constant(1),
            Samples.constant(1), 1, SlidingWindow.DEFAULT_MIN_DELTA_T, Samples.of(1, 0.5))),
        Arguments.of("HEPA flow array", new Room(50), new HepaFilter(ALWAYS, Samples.of(0.5, 1))),
        Arguments.of("air change array", new Room(50), new AirChange(ALWAYS, Samples.of(0.5, 1))),
        Arguments.of("room volume array (HVAC)", roomArray,
            new MechanicalSupply(SpecificInterval.of(0, 24), Samples.constant(100))),
        Arguments.of("room humidity array (HVAC)", new Room(Samples.constant(50), t293, Samples.of(0.3, 0.5), null),
            new MechanicalSupply(SpecificInterval.of(0, 24), Samples.constant(100))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arrayRemovalParameters")
  void diameterArrayRejectsArrayRemovalParameters(String name, Room room, Ventilation ventilation) {
    // upstream test_diameter_vectorisation_window_opening / _hinged_window / _HEPA_filter / _air_change / _room:
    // exact message
    VirusConcentrationModel c = diameterDependentModel(room, ventilation);
    for (ExposedPopulation exposed : List.of(scalarPopulation(), maskArrayPopulation(), inhalationArrayPopulation())) {
      assertThatThrownBy(() -> model(c, exposed))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(DIAMETER_ARRAY_MESSAGE);
    }
  }

  @Test
  void diameterArrayWithScalarRemovalIsAccepted() {
    // counterpart of the checks above: a per-sample diameter with scalar removal parameters is valid, and the
    // long-range dose averages over the diameter samples (one value per exposed sample)
    VirusConcentrationModel c = diameterDependentModel(new Room(50), new AirChange(ALWAYS, 1.0));
    ExposureModel m = model(c, scalarPopulation());
    assertThat(m.depositedExposure(true).isConstant()).isTrue();
    assertThat(m.depositedExposure(true).scalar()).isPositive();
  }

  @ParameterizedTest(name = "host immunity ({0}, {1})")
  @CsvSource({"0.25, 0.5, 57.40415859, 41.03956914", "0, 1, 67.95037626, 0"})
  void hostImmunityVectorisation(double hi0, double hi1, double expected0, double expected1) {
    // upstream test_host_immunity_vectorisation, decimal 1
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(10, HALFTIME),
        PhysicalActivity.STANDING.fixed(), maskArray(), Samples.of(hi0, hi1));
    Samples p = model(KnownConcentration.constant(18), exposed).infectionProbability();
    assertElementwise(p, DECIMAL_1, expected0, expected1);
  }
}
