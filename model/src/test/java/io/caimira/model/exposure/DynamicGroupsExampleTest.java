package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
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
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dynamic-groups example of the upstream documentation (caimira/docs/mkdocs/docs/code/dynamic_groups.md, spec
 * physics.md §1.9): group_1 {5 people, 2 infected, 9–12 and 13–17 h}, group_2 {10 people, 5 infected, 10–11 h}.
 * The calculator builds this from the occupancy input; here the model-level result is built by hand: one shared
 * infected population with a piecewise number, one exposure model per group sharing one concentration model.
 */
class DynamicGroupsExampleTest {

  private static final SpecificInterval GROUP_1 = SpecificInterval.of(9, 12, 13, 17);
  private static final SpecificInterval GROUP_2 = SpecificInterval.of(10, 11);
  private static final IntPiecewiseConstant INFECTED_NUMBER =
      new IntPiecewiseConstant(new double[] {9, 10, 11, 12, 13, 17}, new int[] {2, 7, 2, 0, 2});

  private static InfectedPopulation infected(Headcount headcount) {
    return new InfectedPopulation(headcount, PhysicalActivity.SEATED.fixed(), Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(), ExpirationType.SPEAKING.fixed(), Samples.constant(0.0));
  }

  private static VirusConcentrationModel concentration(Headcount headcount) {
    return new VirusConcentrationModel(new Room(75), new AirChange(SpecificInterval.of(0, 24), 1.5),
        infected(headcount), 0.3);
  }

  private static ExposureModel group(VirusConcentrationModel shared, int exposed, SpecificInterval presence,
      String id) {
    return new ExposureModel(List.of(shared), List.of(), new ExposedPopulation(new Headcount.Fixed(exposed, presence),
        PhysicalActivity.SEATED.fixed(), Mask.NONE, Samples.constant(0.0)), Cases.NONE, 0, id);
  }

  @Test
  void infectedNumberIsTheSumOverGroups() {
    // spec physics.md §1.9: times (9, 10, 11, 12, 13, 17), values (2, 7, 2, 0, 2); checked against the groups'
    // presences on a quarter-hour grid (exact)
    for (double t = 8; t <= 18; t += 0.25) {
      int expected = (GROUP_1.triggered(t) ? 2 : 0) + (GROUP_2.triggered(t) ? 5 : 0);
      assertThat(INFECTED_NUMBER.value(t)).as("t = %s", t).isEqualTo(expected);
    }
    assertThat(INFECTED_NUMBER.interval().boundaries())
        .containsExactly(new Span(9, 10), new Span(10, 11), new Span(11, 12), new Span(13, 17));
  }

  @Test
  void sharedConcentrationIsTheSuperpositionOfTheGroupsInfected() {
    // linearity of the mass balance: the piecewise infected number gives the sum of the concentrations of the
    // two groups' infected taken separately; rtol 1e-12
    VirusConcentrationModel shared = concentration(Headcount.varying(INFECTED_NUMBER));
    VirusConcentrationModel first = concentration(Headcount.fixed(2, GROUP_1));
    VirusConcentrationModel second = concentration(Headcount.fixed(5, GROUP_2));
    for (double t : new double[] {9.5, 10, 10.5, 11, 11.5, 12, 12.5, 13, 15, 17, 20}) {
      double expected = first.concentration(t).scalar() + second.concentration(t).scalar();
      assertThat(shared.concentration(t).scalar()).isCloseTo(expected, within(expected * 1e-12));
    }
  }

  @Test
  void expectedCasesAreTheSumOverGroups() {
    // model-level ExposureModelGroup: exposed = total − infected (3 and 5), one shared concentration model;
    // expected new cases = Σ groups (exact) and each group's cases = P(I)·exposed/100 (rtol 1e-12)
    VirusConcentrationModel shared = concentration(Headcount.varying(INFECTED_NUMBER));
    ExposureModel g1 = group(shared, 5 - 2, GROUP_1, "group_1");
    ExposureModel g2 = group(shared, 10 - 5, GROUP_2, "group_2");
    ExposureModelGroup groups = new ExposureModelGroup(List.of(g1, g2));

    double cases1 = g1.expectedNewCases().scalar();
    double cases2 = g2.expectedNewCases().scalar();
    assertThat(groups.expectedNewCases().scalar()).isEqualTo(cases1 + cases2);

    List<Samples> probabilities = groups.infectionProbabilities();
    assertThat(probabilities).hasSize(2);
    double p1 = probabilities.get(0).scalar();
    double p2 = probabilities.get(1).scalar();
    assertThat(cases1).isCloseTo(p1 * 3 / 100, within(cases1 * 1e-12));
    assertThat(cases2).isCloseTo(p2 * 5 / 100, within(cases2 * 1e-12));
    // group_2 is only present for the hour with 7 infected, group_1 for 7 hours including it
    assertThat(p1).isGreaterThan(p2).isPositive();
    assertThat(p2).isPositive();
    assertThat(g1.identifier()).isEqualTo("group_1");
    assertThat(g2.identifier()).isEqualTo("group_2");
  }
}
