package io.caimira.calculator.report;

import static io.caimira.calculator.report.AlternativeScenarios.CURRENT;
import static io.caimira.calculator.report.AlternativeScenarios.HEPA_WITH_TYPE_I;
import static io.caimira.calculator.report.AlternativeScenarios.MECHANICAL_WITHOUT_MASKS;
import static io.caimira.calculator.report.AlternativeScenarios.NEITHER;
import static io.caimira.calculator.report.AlternativeScenarios.NO_HEPA_WITH_FFP2;
import static io.caimira.calculator.report.AlternativeScenarios.NO_VENTILATION_TYPE_I;
import static io.caimira.calculator.report.AlternativeScenarios.WINDOWS_WITHOUT_MASKS;
import static io.caimira.calculator.report.AlternativeScenarios.WITHOUT_SHORT_RANGE;
import static io.caimira.model.aerosol.MaskType.CLOTH;
import static io.caimira.model.aerosol.MaskType.FFP2;
import static io.caimira.model.aerosol.MaskType.TYPE_I;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.calculator.ReportOptions;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.population.Cases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Selection rules of the alternative scenarios (api.md §11, upstream manufacture_alternative_scenarios) with the
 * port's positions on §14 rows 19 and 20, and their statistics.
 */
class AlternativeScenariosTest {

  private static ScenarioDescription input(boolean masks, MaskType type, boolean hepa, VentilationType v) {
    return new ScenarioDescription(masks, type, hepa, v, false);
  }

  private static List<String> names(ScenarioDescription d) {
    return AlternativeScenarios.select(d).stream().map(AlternativeScenario::name).toList();
  }

  private static ScenarioDescription inputsOf(ScenarioDescription d, String name) {
    return AlternativeScenarios.select(d).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow()
        .inputs();
  }

  @Test
  void naturalVentilationWithoutMasks() {
    // the documentation example: only the no-ventilation variants
    assertThat(names(input(false, TYPE_I, false, VentilationType.NATURAL)))
        .containsExactly(NO_VENTILATION_TYPE_I, NEITHER);
  }

  @Test
  void masksWornAddTheVariantWithoutMasks() {
    assertThat(names(input(true, TYPE_I, false, VentilationType.NATURAL)))
        .containsExactly(WINDOWS_WITHOUT_MASKS, NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(names(input(true, TYPE_I, false, VentilationType.MECHANICAL)))
        .containsExactly(MECHANICAL_WITHOUT_MASKS, NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(inputsOf(input(true, CLOTH, false, VentilationType.MECHANICAL), MECHANICAL_WITHOUT_MASKS))
        .isEqualTo(new ScenarioDescription(false, TYPE_I, false, VentilationType.MECHANICAL, false));
    // CO2-fitted ventilation has no "without masks" variant
    assertThat(names(input(true, TYPE_I, false, VentilationType.FROM_FITTING)))
        .containsExactly(NO_VENTILATION_TYPE_I, NEITHER);
  }

  @Test
  void ffp2AndHepa() {
    ScenarioDescription d = input(true, FFP2, true, VentilationType.NATURAL);
    assertThat(names(d)).containsExactly(HEPA_WITH_TYPE_I, WINDOWS_WITHOUT_MASKS, NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(inputsOf(d, HEPA_WITH_TYPE_I))
        .isEqualTo(new ScenarioDescription(true, TYPE_I, true, VentilationType.NATURAL, false));
    // all later variants: Type I and no HEPA
    assertThat(inputsOf(d, NO_VENTILATION_TYPE_I))
        .isEqualTo(new ScenarioDescription(true, TYPE_I, false, VentilationType.NONE, false));
    assertThat(inputsOf(d, NEITHER))
        .isEqualTo(new ScenarioDescription(false, TYPE_I, false, VentilationType.NONE, false));
  }

  @Test
  void hepaWithoutFfp2() {
    ScenarioDescription d = input(false, TYPE_I, true, VentilationType.MECHANICAL);
    assertThat(names(d)).containsExactly(NO_HEPA_WITH_FFP2, NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(inputsOf(d, NO_HEPA_WITH_FFP2))
        .isEqualTo(new ScenarioDescription(true, FFP2, false, VentilationType.MECHANICAL, false));
    assertThat(names(input(true, TYPE_I, true, VentilationType.NATURAL)))
        .containsExactly(NO_HEPA_WITH_FFP2, WINDOWS_WITHOUT_MASKS, NO_VENTILATION_TYPE_I, NEITHER);
  }

  @Test
  void noVentilationSkipsTheVariantEqualToTheInput() {
    // Type I worn, no ventilation: it is already "No ventilation with Type I masks"
    assertThat(names(input(true, TYPE_I, false, VentilationType.NONE))).containsExactly(NEITHER);
    // masks off, no ventilation: it is already "Neither ventilation nor masks"
    assertThat(names(input(false, TYPE_I, false, VentilationType.NONE))).containsExactly(NO_VENTILATION_TYPE_I);
    assertThat(names(input(false, FFP2, false, VentilationType.NONE))).containsExactly(NO_VENTILATION_TYPE_I);
  }

  @Test
  void row20ComparesWithTheOriginalMaskType() {
    // upstream tests the mask type after forcing Type I, so FFP2 or cloth worn without ventilation lost the
    // Type I variant; the port keeps it
    assertThat(names(input(true, FFP2, false, VentilationType.NONE))).containsExactly(NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(names(input(true, CLOTH, false, VentilationType.NONE))).containsExactly(NO_VENTILATION_TYPE_I, NEITHER);
  }

  @Test
  void shortRangeOnlyRemovesTheInteractions() {
    ScenarioDescription d = new ScenarioDescription(true, FFP2, true, VentilationType.NATURAL, true);
    List<AlternativeScenario> selected = AlternativeScenarios.select(d);
    assertThat(selected).containsExactly(new AlternativeScenario(WITHOUT_SHORT_RANGE,
        new ScenarioDescription(true, FFP2, true, VentilationType.NATURAL, false), true));
  }

  @Test
  void statisticsStartWithTheCurrentScenario() {
    OfficeScenario office = new OfficeScenario();
    office.size = 3_000;
    office.masksWorn = true;
    office.ventilation = VentilationType.MECHANICAL;
    OfficeScenario.Variants variants = office.variants();
    VirusReport r = new ReportCalculator().compute(office.build(), new ReportOptions(false, true, null), variants);
    Map<String, AlternativeScenarioStats> stats = r.alternativeScenarios().stats();
    assertThat(stats.keySet()).containsExactly(CURRENT, MECHANICAL_WITHOUT_MASKS, NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(variants.requested).extracting(AlternativeScenario::name)
        .containsExactly(MECHANICAL_WITHOUT_MASKS, NO_VENTILATION_TYPE_I, NEITHER);

    GroupReport g = r.groups().get("group_1");
    AlternativeScenarioStats current = stats.get(CURRENT);
    assertThat(current.probabilityOfInfection()).isEqualTo(g.probInf());
    assertThat(current.expectedNewCases()).isEqualTo(g.expectedNewCases());
    assertThat(current.concentrations()).isSameAs(g.concentrations());
    assertThat(current.probProbabilisticExposure()).isNull();
    for (AlternativeScenarioStats s : stats.values()) {
      assertThat(s.concentrations()).hasSize(r.times().length);
      assertThat(s.probProbabilisticExposure()).isNull();
    }
    // each variant's statistics are those of its own build, on the report's times
    var neither = office.variant(variants.requested.get(2)).build().groups().get(0).exposure();
    double p = neither.infectionProbability(true).mean();
    assertThat(stats.get(NEITHER).probabilityOfInfection()).isCloseTo(p, within(1e-12 * p));
    assertThat(stats.get(NEITHER).expectedNewCases()).isCloseTo(neither.expectedNewCases().mean(), within(1e-12));
    assertThat(stats.get(NEITHER).concentrations()).containsExactly(neither.curves(r.times()).concentrations());
    // without masks nor ventilation the risk is higher than with masks and mechanical ventilation
    assertThat(stats.get(NEITHER).probabilityOfInfection()).isGreaterThan(current.probabilityOfInfection());
  }

  @Test
  void row19ProbabilisticExposureWheneverRequested() {
    OfficeScenario office = new OfficeScenario();
    office.size = 1_000;
    office.probabilistic = true;
    office.cases = new Cases(100_000, 68, 5);
    VirusReport r = new ReportCalculator().compute(office.build(), new ReportOptions(false, true, null),
        office.variants());
    Map<String, AlternativeScenarioStats> stats = r.alternativeScenarios().stats();
    assertThat(stats.keySet()).containsExactly(CURRENT, NO_VENTILATION_TYPE_I, NEITHER);
    assertThat(stats.get(CURRENT).probProbabilisticExposure())
        .isEqualTo(r.groups().get("group_1").probProbabilisticExposure());
    for (AlternativeScenarioStats s : stats.values()) {
      assertThat(s.probProbabilisticExposure()).isNotNull().isPositive();
    }
  }

  @Test
  void shortRangeReportHasNoCurrentScenario() {
    OfficeScenario office = new OfficeScenario();
    office.size = 20_000;
    office.exposedToShortRange = 2;
    office.interaction(ExpirationType.SHOUTING, 10.5, 11);
    VirusReport r = new ReportCalculator().compute(office.build(), new ReportOptions(false, true, null),
        office.variants());
    Map<String, AlternativeScenarioStats> stats = r.alternativeScenarios().stats();
    assertThat(stats.keySet()).containsExactly(WITHOUT_SHORT_RANGE);
    // upstream test_expected_new_cases: cases with short range ≈ cases without + P(I) × short-range occupants
    // (upstream: 2 decimals; here two Monte-Carlo builds of 20 000 samples with different seeds, whose mean P(I)
    // differ by a few % (standard error about 2 %): within 6 % of the cases)
    GroupReport g = r.groups().get("group_1");
    double withoutShortRange = stats.get(WITHOUT_SHORT_RANGE).expectedNewCases();
    assertThat(g.expectedNewCases())
        .isCloseTo(withoutShortRange + g.probInf() / 100 * 2, within(0.06 * g.expectedNewCases()));
  }
}
