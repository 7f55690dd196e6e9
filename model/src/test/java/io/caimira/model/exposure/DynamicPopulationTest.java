package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Port of upstream caimira/tests/models/test_dynamic_population.py: an infected number given as an
 * IntPiecewiseConstant (dynamic occupancy) against the equivalent static populations.
 *
 * <p>Upstream compares with assert_almost_equal (decimal 7, |error| &lt; 1.5e-7); the concentrations here are of
 * order 1–100 virions/m³, so a relative bound of 1e-12 is asserted as well (the two computations differ only in
 * rounding).
 */
class DynamicPopulationTest {

  private static final SpecificInterval OFFICE = SpecificInterval.of(8, 12, 13, 17);

  private static InfectedPopulation infected(Headcount headcount) {
    return new InfectedPopulation(headcount, PhysicalActivity.SEATED.fixed(), Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(), ExpirationType.BREATHING.fixed(), Samples.constant(0.0));
  }

  /** Upstream fixture full_exposure_model: 100 m³, 0.25 ACH, one infected and 10 exposed, 8–12 and 13–17 h. */
  private static ExposureModel exposureModel(Headcount infectedHeadcount, int exposedNumber) {
    VirusConcentrationModel c = new VirusConcentrationModel(new Room(100),
        new AirChange(new PeriodicInterval(120, 120), 0.25), infected(infectedHeadcount), 0.3);
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(exposedNumber, OFFICE),
        PhysicalActivity.SEATED.fixed(), Mask.NONE, Samples.constant(0.0));
    return new ExposureModel(List.of(c), List.of(), exposed, Cases.NONE);
  }

  private static ExposureModel staticModel(int infectedNumber, Interval presence) {
    return exposureModel(Headcount.fixed(infectedNumber, presence), 10);
  }

  private static final Headcount DYNAMIC_ONE =
      Headcount.varying(new IntPiecewiseConstant(new double[] {8, 12, 13, 17}, new int[] {1, 0, 1}));

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1.5e-7));
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {4, 8, 10, 12, 13, 14, 16, 20, 24})
  void piecewiseNumberMatchesFixedNumber(double t) {
    // upstream test_population_number: person_present and people_present agree, exact
    Headcount fixed = Headcount.fixed(1, OFFICE);
    assertThat(DYNAMIC_ONE.anyonePresent(t)).isEqualTo(fixed.anyonePresent(t));
    assertThat(DYNAMIC_ONE.peoplePresent(t)).isEqualTo(fixed.peoplePresent(t));
  }

  @Test
  void fixedNumberNeedsAPresence() {
    // upstream test_population_number's TypeError cases: in Java a fixed number without presence is rejected by
    // the record; a piecewise number has no separate presence at all (its interval is derived), so the second
    // upstream error cannot be constructed
    assertThatThrownBy(() -> Headcount.fixed(1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("presence");
    assertThat(DYNAMIC_ONE.presence().boundaries()).isEqualTo(OFFICE.boundaries());
  }

  @ParameterizedTest
  @ValueSource(doubles = {4, 8, 10, 12, 13, 14, 16, 20, 24})
  void dynamicSingleInfectedGivesTheSameConcentration(double t) {
    // upstream test_concentration_model_dynamic_population, exact equality
    assertThat(exposureModel(DYNAMIC_ONE, 10).concentration(t))
        .isEqualTo(staticModel(1, OFFICE).concentration(t));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void linearInTheNumberOfInfected(int n) {
    // upstream test_linearity_with_number_of_infected at t = 9, 12.5, 16 and for the day's dose, decimal 7
    ExposureModel dynamic = exposureModel(DYNAMIC_ONE, 10);
    ExposureModel multiple = staticModel(n, OFFICE);
    for (double t : new double[] {9, 12.5, 16}) {
      assertClose(multiple.concentration(t), dynamic.concentration(t) * n);
    }
    assertClose(multiple.depositedExposure(true).scalar(), dynamic.depositedExposure(true).scalar() * n);
  }

  @Test
  void dynamicDoseIsTheSumOfStaticDoses() {
    // upstream test_dynamic_dose: 1 infected 8–10, 2 infected 10–12, 3 infected 13–17 as one piecewise number
    // vs three static models; concentrations at 8…14 h and the day's dose, decimal 7
    ExposureModel dynamic = exposureModel(Headcount.varying(
        new IntPiecewiseConstant(new double[] {8, 10, 12, 13, 17}, new int[] {1, 2, 0, 3})), 10);
    List<ExposureModel> statics = List.of(
        staticModel(1, SpecificInterval.of(8, 10)),
        staticModel(2, SpecificInterval.of(10, 12)),
        staticModel(3, SpecificInterval.of(13, 17)));
    for (double t : new double[] {8, 9, 10, 11, 12, 13, 14}) {
      double sum = statics.stream().mapToDouble(m -> m.concentration(t)).sum();
      assertClose(dynamic.concentration(t), sum);
    }
    double doseSum = statics.stream().mapToDouble(m -> m.depositedExposure(true).scalar()).sum();
    assertClose(dynamic.depositedExposure(true).scalar(), doseSum);
  }

  @Test
  void individualProbabilityUnchangedByDynamicForm() {
    // upstream test_individual_infection_probability, decimal 7
    double base = staticModel(1, OFFICE).infectionProbability().scalar();
    assertClose(exposureModel(DYNAMIC_ONE, 10).infectionProbability().scalar(), base);
  }

  @Test
  void totalProbabilityRuleNeedsStaticOccupancy() {
    // upstream test_dynamic_total_probability_rule, exact message (NotImplementedError upstream)
    ExposureModel dynamic = exposureModel(DYNAMIC_ONE, 10);
    ExposureModel withCases = new ExposureModel(dynamic.concentrationModels(), List.of(), dynamic.exposed(),
        new Cases(100_000, 68, 5));
    for (ExposureModel m : List.of(dynamic, withCases)) {
      assertThatThrownBy(m::totalProbabilityRule)
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("Cannot compute total probability (including incidence rate) with dynamic occupancy");
    }
  }

  @Test
  void totalProbabilityRuleRejectsSeveralConcentrationModels() {
    // same message for several infected populations (spec physics.md §1.15)
    ExposureModel one = staticModel(1, OFFICE);
    ExposureModel two = new ExposureModel(
        List.of(one.concentrationModels().get(0), staticModel(2, OFFICE).concentrationModels().get(0)),
        List.of(), one.exposed(), new Cases(100_000, 68, 5));
    assertThatThrownBy(two::totalProbabilityRule)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Cannot compute total probability (including incidence rate) with dynamic occupancy");
  }

  @Test
  void groupMembersMustShareTheInfected() {
    // upstream test_exposure_model_group_structure, exact message
    ExposureModel one = staticModel(1, OFFICE);
    ExposureModel two = staticModel(2, OFFICE);
    assertThatThrownBy(() -> new ExposureModelGroup(List.of(one, two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All ExposureModels must have the same infected number and presence in each ConcentrationModel.");
  }

  @Test
  void groupMembersMustHaveTheSameNumberOfConcentrationModels() {
    // spec physics.md §1.16, exact message
    ExposureModel one = staticModel(1, OFFICE);
    ExposureModel twoModels = new ExposureModel(
        List.of(one.concentrationModels().get(0), one.concentrationModels().get(0)), List.of(), one.exposed(),
        Cases.NONE);
    assertThatThrownBy(() -> new ExposureModelGroup(List.of(one, twoModels)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All ExposureModels must have the same number of ConcentrationModels.");
  }

  @Test
  void groupExpectedCasesAreTheSumOverGroups() {
    // upstream test_exposure_model_group_expected_new_cases (10 and 5 exposed), exact equality
    ExposureModel ten = exposureModel(Headcount.fixed(1, OFFICE), 10);
    ExposureModel five = exposureModel(Headcount.fixed(1, OFFICE), 5);
    ExposureModelGroup group = new ExposureModelGroup(List.of(ten, five));
    assertThat(group.expectedNewCases().scalar())
        .isEqualTo(ten.expectedNewCases().scalar() + five.expectedNewCases().scalar());
    assertThat(group.expectedNewCases().scalar()).isPositive();
  }
}
