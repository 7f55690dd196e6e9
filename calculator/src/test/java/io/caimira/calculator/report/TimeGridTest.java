package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.EmittingPopulation;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.CustomVentilation;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.virus.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report's time grid (decision 10 of api.md §13: lattice t_start + k·gap merged with the key times). Known
 * values ported from upstream's cern_caimira/tests/test_report_generator.py where the decision keeps them, and
 * the decided values where it changes them.
 */
class TimeGridTest {

  /** Upstream's baseline exposure model (caimira/tests/conftest.py): presence (0, 4) and (5, 8), 30 ACH all day. */
  static ExposureModel baseline(Ventilation ventilation) {
    SpecificInterval presence = SpecificInterval.of(0, 4, 5, 8);
    Activity light = Activity.of(1.25, 1.25);
    EmittingPopulation infected = new EmittingPopulation(Headcount.fixed(1, presence), light, Mask.NONE,
        Variant.SARS_CoV_2.fixedVirus(), Samples.constant(970 * 50));
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(1000, presence), light, Mask.NONE,
        Samples.constant(0));
    return new ExposureModel(List.of(new VirusConcentrationModel(new Room(75), ventilation, infected, 0.3)),
        List.of(), exposed, Cases.NONE);
  }

  static ExposureModel baseline() {
    return baseline(new AirChange(SpecificInterval.of(0, 24), 30));
  }

  /** Upstream's exposure_model_w_outside_temp_changes: a sliding window open 1.8 h every 2.2 h, Geneva January. */
  static ExposureModel withTemperature() {
    PiecewiseConstant january = io.caimira.model.weather.GenevaWeatherProvider.instance().outsideTemperature(0, 0, 1);
    return baseline(new SlidingWindow(new PeriodicInterval(2.2 * 60, 1.8 * 60), january, 1.6, 0.6, 1));
  }

  @Test
  void baselineKeyTimesAreThePresenceChanges() {
    // upstream test_non_temp_transition_times: [0, 4, 5, 8]
    assertThat(TimeGrid.keyTimes(List.of(baseline()))).containsExactly(0, 4, 5, 8);
  }

  @Test
  void smallGridFollowsTheLatticeAfterAKeyTimeOffIt() {
    // decision 10: [0, 0.8, ..., 4.8, 5.0, 5.6, 6.4, 7.2, 8.0] (upstream: ... 5.0, 5.8, 6.6, 7.4, 8.0)
    double[] grid = TimeGrid.fill(TimeGrid.keyTimes(List.of(baseline())), 10);
    assertThat(grid).containsExactly(
        new double[] {0, 0.8, 1.6, 2.4, 3.2, 4.0, 4.8, 5.0, 5.6, 6.4, 7.2, 8.0}, within(1e-12));
  }

  @Test
  void manyPointsKeepTheStepBelowTheGap() {
    // upstream test_interesting_times_many: 100..120 points, max step < 8.1/100
    double[] grid = TimeGrid.fill(TimeGrid.keyTimes(List.of(baseline())), 100);
    assertThat(grid.length).isBetween(100, 120);
    assertThat(grid).hasSize(102); // 101 lattice points (4 is on it) + 5
    for (int i = 1; i < grid.length; i++) {
      assertThat(grid[i] - grid[i - 1]).isPositive().isLessThan(8.1 / 100);
    }
  }

  @Test
  void temperatureChangesAreNotKeyTimes() {
    // upstream test_interesting_times_w_temp, n = 1: the state changes only
    double[] keys = TimeGrid.keyTimes(List.of(withTemperature()));
    assertThat(keys).containsExactly(new double[] {0, 1.8, 2.2, 4, 4.4, 5, 6.2, 6.6, 8}, within(1e-12));
    assertThat(TimeGrid.fill(keys, 1)).containsExactly(keys);
  }

  @Test
  void temperatureModelWithTwentyPoints() {
    // upstream expects 23 points restarting at every key time; the port keeps the 0.4 h lattice (21 points)
    // and adds the 5 key times off it (1.8, 2.2, 5, 6.2, 6.6); 4.0 and 4.4 are on it.
    double[] grid = TimeGrid.fill(TimeGrid.keyTimes(List.of(withTemperature())), 20);
    assertThat(grid).containsExactly(new double[] {0, 0.4, 0.8, 1.2, 1.6, 1.8, 2.0, 2.2, 2.4, 2.8, 3.2, 3.6, 4.0,
        4.4, 4.8, 5.0, 5.2, 5.6, 6.0, 6.2, 6.4, 6.6, 6.8, 7.2, 7.6, 8.0}, within(1e-12));
  }

  @Test
  void documentationExampleHas136Points() {
    // api.md §10/§13: key times [9, 10, 12, 14, 16, 18], gap 1/15 h -> 136 points (upstream 141)
    double[] grid = TimeGrid.fill(new double[] {9, 10, 12, 14, 16, 18}, 0);
    assertThat(grid).hasSize(136);
    assertThat(grid[0]).isEqualTo(9);
    assertThat(grid[135]).isEqualTo(18);
    for (double key : new double[] {10, 12, 14, 16}) {
      assertThat(grid).contains(key);
    }
    for (int i = 1; i < grid.length; i++) {
      assertThat(grid[i] - grid[i - 1]).isCloseTo(1.0 / 15, within(1e-9));
    }
  }

  @Test
  void documentationScenarioKeyTimesComeFromTheAlwaysOnWindow() {
    OfficeScenario office = new OfficeScenario();
    office.size = 10;
    ExposureModel m = office.build().groups().get(0).exposure();
    assertThat(TimeGrid.keyTimes(List.of(m))).containsExactly(9, 10, 12, 14, 16, 18);
    assertThat(TimeGrid.of(List.of(m))).hasSize(136);
  }

  @Test
  void upstreamFillExamplesUnderTheDecidedSemantics() {
    // upstream fill_big_gaps([1, 2, 4], 0.75) = [1, 1.75, 2, 2.75, 3.5, 4]; the lattice is 1 + 0.75k
    assertThat(TimeGrid.lattice(new double[] {1, 2, 4}, 0.75)).containsExactly(1, 1.75, 2, 2.5, 3.25, 4);
    // a key time within the tolerance of a lattice point replaces it (upstream keeps both for 2 + 1e-14)
    assertThat(TimeGrid.lattice(new double[] {0, 2 + 1e-15, 4}, 2)).containsExactly(0, 2 + 1e-15, 4);
    assertThat(TimeGrid.lattice(new double[] {0, 2 + 1e-14, 4}, 2)).containsExactly(0, 2 + 1e-14, 4);
    // a key time beyond the tolerance keeps the lattice point
    assertThat(TimeGrid.lattice(new double[] {0, 2 + 1e-6, 4}, 2)).containsExactly(0, 2, 2 + 1e-6, 4);
    assertThat(TimeGrid.lattice(new double[] {3}, 1)).containsExactly(3);
  }

  @Test
  void ventilationIntervalsAreWalkedInsideCombinations() {
    Ventilation v = MultipleVentilation.of(
        new HepaFilter(SpecificInterval.of(2.5, 3.5), 100),
        new CustomVentilation(new PiecewiseConstant(new double[] {0, 1.25, 24}, new double[] {1, 2})),
        new AirChange(new PeriodicInterval(180, 60, 0), 1));
    // HEPA 2.5, 3.5; custom 1.25 is not an interval; air change 0,1,3,4,6,7,9,... within [0, 8]
    assertThat(TimeGrid.keyTimes(List.of(baseline(v))))
        .containsExactly(0, 1, 2.5, 3, 3.5, 4, 5, 6, 7, 8);
  }

  @Test
  void shortRangeInteractionsAndAllGroupsGiveKeyTimes() {
    OfficeScenario office = new OfficeScenario();
    office.size = 10;
    office.ventilation = VentilationType.NONE;
    office.interaction(io.caimira.model.aerosol.ExpirationType.SHOUTING, 10.5, 11.25);
    ExposureModel first = office.build().groups().get(0).exposure();
    OfficeScenario late = office.copy();
    late.presence = SpecificInterval.of(17, 19.5);
    late.interactions.clear();
    ExposureModel second = late.build().groups().get(0).exposure();
    // t_start 9 (first group), t_end 19.5 (second); infiltration always on: even hours
    assertThat(TimeGrid.keyTimes(List.of(first, second)))
        .containsExactly(9, 10, 10.5, 11.25, 12, 14, 16, 17, 18, 19.5);
  }
}
