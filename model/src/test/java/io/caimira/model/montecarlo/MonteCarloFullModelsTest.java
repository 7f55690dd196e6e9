package io.caimira.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.distribution.VirusDistributions;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.virus.Variant;
import io.caimira.model.virus.Virus;
import io.caimira.model.weather.GenevaClimate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Port of upstream caimira/tests/test_monte_carlo_full_models.py: the scenarios of Table 4 of Henriques et al.
 * (https://doi.org/10.1101/2021.10.14.21264988) built as Monte-Carlo models of 500 000 samples. Expected values
 * are upstream's (obtained there with 10 000 000 samples); tolerance rtol 0.05 on the mean probability of
 * infection [%], the mean expected new cases, the mean deposited dose and the mean emission rate per person, as
 * upstream. Upstream retries each case up to 10 times with fresh random numbers; we use one fixed seed per case.
 * Masks are upstream's fixed {@code models.Mask.types}, as in the upstream test.
 *
 * <p>Not ported: the shared office (Geneva, June) and the classroom (Toronto, December), whose outside temperature
 * comes from upstream's weather data set. With our embedded Geneva climatology the shared office gives a mean dose
 * about 6.7 % below upstream's 3.241 (see docs/validation.md, Monte-Carlo models); Toronto is not embedded.
 */
class MonteCarloFullModelsTest {
  static final int SAMPLE_SIZE = 500_000;
  static final double TOLERANCE = 0.05;
  private static final PeriodicInterval ALWAYS = new PeriodicInterval(120, 120);

  static McScenario skiCabin() {
    return new McScenario(
        new Room(10, Room.DEFAULT_INSIDE_TEMPERATURE, 0.3),
        MultipleVentilation.of(new AirChange(ALWAYS, 0.0), new AirChange(ALWAYS, 0.25)),
        1, SpecificInterval.of(0, 20 / 60.0),
        s -> s.virus(Variant.SARS_CoV_2_DELTA), Mask.NONE,
        s -> s.activity(PhysicalActivity.MODERATE_ACTIVITY),
        ExpirationDistribution.longRange(ExpirationType.SPEAKING),
        3, SpecificInterval.of(0, 20 / 60.0),
        s -> s.activity(PhysicalActivity.MODERATE_ACTIVITY), Mask.NONE, List.of());
  }

  /** The Skagit chorale with a fixed viral load of 1e9 RNA copies/mL (as upstream). */
  static McScenario skagitChorale() {
    return new McScenario(
        new Room(810, Room.DEFAULT_INSIDE_TEMPERATURE, 0.5),
        new AirChange(ALWAYS, 0.7),
        1, SpecificInterval.of(0, 2.5),
        s -> fixedLoadVirus(s, 1e9), Mask.NONE,
        s -> s.activity(PhysicalActivity.MODERATE_ACTIVITY),
        ExpirationDistribution.longRange(ExpirationType.SHOUTING),
        60, SpecificInterval.of(0, 2.5),
        s -> s.activity(PhysicalActivity.MODERATE_ACTIVITY), Mask.NONE, List.of());
  }

  /** The bus ride with a fixed viral load of 5e8 RNA copies/mL (as upstream). */
  static McScenario busRide() {
    return new McScenario(
        new Room(45, Room.DEFAULT_INSIDE_TEMPERATURE, 0.5),
        new AirChange(ALWAYS, 1.25),
        1, SpecificInterval.of(0, 1.67),
        s -> fixedLoadVirus(s, 5e8), Mask.NONE,
        s -> s.activity(PhysicalActivity.SEATED),
        ExpirationDistribution.longRange(ExpirationType.SPEAKING),
        67, SpecificInterval.of(0, 1.67),
        s -> s.activity(PhysicalActivity.SEATED), Mask.NONE, List.of());
  }

  /** Two infected; the exposed breathe at the fixed heavy-exercise rate 3.30 m³/h (as upstream). */
  static McScenario gym() {
    return new McScenario(
        new Room(300, Room.DEFAULT_INSIDE_TEMPERATURE, 0.5),
        new AirChange(SpecificInterval.of(0, 24), 6),
        2, SpecificInterval.of(0, 1),
        s -> s.virus(Variant.SARS_CoV_2_ALPHA), Mask.NONE,
        s -> s.activity(PhysicalActivity.HEAVY_EXERCISE),
        ExpirationDistribution.longRange(ExpirationType.BREATHING),
        28, SpecificInterval.of(0, 1),
        s -> PhysicalActivity.HEAVY_EXERCISE.fixed(), Mask.NONE, List.of());
  }

  /** The exposed breathe at the fixed seated rate 0.51 m³/h (as upstream). */
  static McScenario waitingRoom() {
    return new McScenario(
        new Room(100, Room.DEFAULT_INSIDE_TEMPERATURE, 0.5),
        new AirChange(SpecificInterval.of(0, 24), 0.25),
        1, SpecificInterval.of(0, 2),
        s -> s.virus(Variant.SARS_CoV_2_ALPHA), Mask.NONE,
        s -> s.activity(PhysicalActivity.SEATED),
        McScenario.mix(ExpirationType.SPEAKING, 0.3, ExpirationType.BREATHING, 0.7),
        14, SpecificInterval.of(0, 2),
        s -> PhysicalActivity.SEATED.fixed(), Mask.NONE, List.of());
  }

  /** Small shared office in Geneva, one infected and one exposed wearing the same mask type all day. */
  static McScenario smallOffice(MaskType mask, PiecewiseConstant outside) {
    SpecificInterval presence = SpecificInterval.of(9, 10 + 2 / 3.0, 10 + 5 / 6.0, 12.5, 13.5, 15 + 2 / 3.0,
        15 + 5 / 6.0, 18);
    SpecificInterval allDay = SpecificInterval.of(0, 24);
    return new McScenario(
        new Room(33, PiecewiseConstant.constant(0, 24, 293), 0.5),
        MultipleVentilation.of(new SlidingWindow(allDay, outside, 1.5, 0.2, 1), new AirChange(allDay, 0.25)),
        1, presence,
        s -> s.virus(Variant.SARS_CoV_2_ALPHA), mask.fixed(),
        s -> s.activity(PhysicalActivity.SEATED),
        McScenario.mix(ExpirationType.SPEAKING, 0.33, ExpirationType.BREATHING, 0.67),
        1, presence,
        s -> s.activity(PhysicalActivity.SEATED), mask.fixed(), List.of());
  }

  static Virus fixedLoadVirus(MonteCarloSampler s, double viralLoad) {
    Samples dose = s.draw(VirusDistributions.INFECTIOUS_DOSE);
    Samples viable = s.draw(VirusDistributions.VIABLE_TO_RNA_RATIO);
    return new Virus(Samples.constant(viralLoad), dose, viable, 1.0, Virus.DEFAULT_INFECTIOUSNESS_DAYS);
  }

  static Stream<Arguments> table4() {
    return Stream.of(
        Arguments.of("ski cabin", skiCabin(), 12.71, 0.38, 20.776, 2973.02),
        Arguments.of("Skagit chorale", skagitChorale(), 60.29, 36.18, 82.829, 55067.29),
        Arguments.of("bus ride", busRide(), 10.30, 6.90, 6.489, 1626.92),
        Arguments.of("gym", gym(), 0.52, 0.14, 0.247, 220.17),
        Arguments.of("waiting room", waitingRoom(), 1.51, 0.21, 0.835, 280.42));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table4")
  void reportModels(String name, McScenario scenario, double expectedPi, double expectedNewCases,
      double expectedDose, double expectedEmission) {
    ExposureModel model = scenario.build(SAMPLE_SIZE, 20_211_014L + name.hashCode());
    double pi = model.infectionProbability().mean();
    double cases = model.expectedNewCases().mean();
    double dose = model.depositedExposure(true).mean();
    double emission = model.concentrationModels().get(0).infected().emissionRatePerPerson().mean();
    assertRelative("P(I) %", pi, expectedPi);
    assertRelative("expected new cases", cases, expectedNewCases);
    assertRelative("deposited dose", dose, expectedDose);
    assertRelative("emission rate per person", emission, expectedEmission);
  }

  static Stream<Arguments> smallOfficeGeneva() {
    return Stream.of(
        Arguments.of(MaskType.NO_MASK, 7, 7.585, 9.801, 305.446),
        Arguments.of(MaskType.TYPE_I, 7, 1.603, 0.904, 56.549),
        Arguments.of(MaskType.FFP2, 7, 0.512, 0.244, 56.698),
        Arguments.of(MaskType.TYPE_I, 2, 0.636, 0.309, 56.467),
        Arguments.of(MaskType.CLOTH, 2, 2.596, 1.689, 198.377),
        Arguments.of(MaskType.CLOTH, 7, 5.245, 4.949, 199.294));
  }

  /**
   * Upstream's test_small_shared_office_Geneva, with the outside temperature taken from our embedded Geneva
   * climatology ({@link GenevaClimate#refinedTable}, local time) instead of upstream's weather data set (hourly
   * UTC figures refined tenfold). The expected values are upstream's, tolerance rtol 0.05 as upstream. With this
   * climatology our means sit 0–2 % below upstream's for July and within 0.5 % for February (observed over
   * seeds 1–3; the Monte-Carlo standard error is about 0.5 % on P(I) and the dose, 2 % on the emission rate).
   */
  @ParameterizedTest(name = "{0}, month {1}")
  @MethodSource("smallOfficeGeneva")
  void smallSharedOfficeGeneva(MaskType mask, int month, double expectedPi, double expectedDose,
      double expectedEmission) {
    ExposureModel model = smallOffice(mask, GenevaClimate.refinedTable(month)).build(SAMPLE_SIZE, 1L);
    double pi = model.infectionProbability().mean();
    double dose = model.depositedExposure(true).mean();
    double emission = model.concentrationModels().get(0).infected().emissionRatePerPerson().mean();
    assertRelative("P(I) %", pi, expectedPi);
    assertRelative("deposited dose", dose, expectedDose);
    assertRelative("emission rate per person", emission, expectedEmission);
  }

  static void assertRelative(String what, double actual, double expected) {
    assertThat(Math.abs(actual - expected))
        .as("%s: %s vs expected %s (rtol %s)", what, actual, expected, TOLERANCE)
        .isLessThanOrEqualTo(TOLERANCE * Math.abs(expected));
  }
}
