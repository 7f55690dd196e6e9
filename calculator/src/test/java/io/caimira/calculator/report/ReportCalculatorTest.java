package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.Cases;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Span;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Report values against the exposure model's own methods, on the documentation office (5 000 samples). The report
 * reuses one set of probabilities and the one-walk curves, so agreement is to floating-point accuracy: relative
 * 1e-12 for means recombined linearly, 1e-9 for curves (the tolerance of the model's ExposureCurvesTest).
 */
class ReportCalculatorTest {
  private static final ReportOptions DEFAULT = ReportOptions.DEFAULT;

  private static VirusReport report(OfficeScenario office, ReportOptions options) {
    return new ReportCalculator().compute(office.build(), options, office.variants());
  }

  @Test
  void anInterruptedCallerStopsTheReportAtTheNextCheckpoint() {
    OfficeScenario office = new OfficeScenario();
    Scenario s = office.build();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> new ReportCalculator().compute(s, DEFAULT, null))
          .isInstanceOf(java.util.concurrent.CancellationException.class)
          .hasMessageContaining("abandoned");
    } finally {
      Thread.interrupted();
    }
    // the flag cleared, the same scenario is computed
    assertThat(new ReportCalculator().compute(s, DEFAULT, null).groups()).containsKey("group_1");
  }

  @Test
  void lengthsFollowTheTimeGrid() {
    VirusReport r = report(new OfficeScenario(), DEFAULT);
    int t = r.times().length;
    assertThat(t).isEqualTo(136);
    assertThat(r.co2Concentrations()).hasSize(t);
    GroupReport g = r.groups().get("group_1");
    assertThat(g.concentrations()).hasSize(t);
    assertThat(g.cumulativeDoses()).hasSize(t - 1);
    assertThat(g.probHistCount()).hasSize(100);
    assertThat(g.probHistBins()).hasSize(101);
    assertThat(g.probDist()).isNull();
    assertThat(g.conditionalProbabilityData()).isNull();
    assertThat(g.probProbabilisticExposure()).isNull();
    assertThat(g.longRangeProb()).isNull();
    assertThat(g.concentrationsZoomed()).isNull();
    assertThat(r.alternativeScenarios()).isNull();
    assertThat(g.exposedPresenceIntervals()).containsExactly(new Span(9, 18));
  }

  @Test
  void probabilitiesAndDosesMatchTheModel() {
    OfficeScenario office = new OfficeScenario();
    Scenario s = office.build();
    ExposureModel m = s.groups().get(0).exposure();
    VirusReport r = new ReportCalculator().compute(s, new ReportOptions(true, false, null), null);
    GroupReport g = r.groups().get("group_1");
    Samples p = m.infectionProbability(true);
    assertThat(g.probInf()).isCloseTo(p.mean(), within(1e-12 * p.mean()));
    assertThat(g.probInfSd()).isCloseTo(p.std(), within(1e-12 * p.std()));
    // the report derives P(I) from the curves' walk: the same doses, summed in another order (relative 1e-12)
    double[] expected = p.toArray();
    assertThat(g.probDist()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(g.probDist()[i]).isCloseTo(expected[i], within(1e-12 * expected[i] + 1e-300));
    }
    double cases = m.expectedNewCases().mean();
    assertThat(g.expectedNewCases()).isCloseTo(cases, within(1e-12 * cases));
    // the cumulative dose ends at the mean dose of the whole day
    double dose = m.depositedExposure(true).mean();
    assertThat(g.cumulativeDoses()[g.cumulativeDoses().length - 1]).isCloseTo(dose, within(1e-9 * dose));
    // concentration at a few times
    for (int q : new int[] {0, 17, 70, 135}) {
      double c = m.concentration(r.times()[q]);
      assertThat(g.concentrations()[q]).isCloseTo(c, within(1e-9 * Math.max(c, 1e-300)));
    }
  }

  @Test
  void co2IsTheMeanOfTheCo2Model() {
    Scenario s = new OfficeScenario().build();
    VirusReport r = new ReportCalculator().compute(s, DEFAULT, null);
    assertThat(r.co2Concentrations()).containsExactly(s.co2().meanConcentrations(r.times()));
    // outdoor level before anybody breathes: 440.44 ppm at 09:00
    assertThat(r.co2Concentrations()[0]).isCloseTo(440.44, within(1e-9));
  }

  @Test
  void shortRangeOutputs() {
    OfficeScenario office = new OfficeScenario();
    office.exposedToShortRange = 3;
    office.interaction(ExpirationType.SPEAKING, 10.5, 11.0)
        .interaction(ExpirationType.BREATHING, 12.0, 12.5)
        .interaction(ExpirationType.SPEAKING, 14.2, 14.55);
    Scenario s = office.build();
    ExposureModel m = s.groups().get(0).exposure();
    VirusReport r = new ReportCalculator().compute(s, DEFAULT, null);
    GroupReport g = r.groups().get("group_1");

    // expected cases: long-range probability for the 6 not in interactions, total for the 3 who are
    double pLong = m.infectionProbability(false).mean();
    double pTotal = m.infectionProbability(true).mean();
    assertThat(g.longRangeProb()).isCloseTo(pLong, within(1e-12 * pLong));
    assertThat(g.expectedNewCases()).isCloseTo(pLong / 100 * 6 + pTotal / 100 * 3, within(1e-12));
    assertThat(g.expectedNewCases()).isCloseTo(m.expectedNewCases().mean(), within(1e-12));
    assertThat(g.longRangeExpectedNewCases()).isCloseTo(pLong / 100 * 9, within(1e-12));
    assertThat(pTotal).isGreaterThan(pLong);

    // grouped by expiration, in order of first appearance, intervals in input order
    assertThat(g.shortRangeInteractions()).containsExactly(
        new ShortRangeInteractions("Speaking", List.of(new Span(10.5, 11.0), new Span(14.2, 14.55))),
        new ShortRangeInteractions("Breathing", List.of(new Span(12.0, 12.5))));

    int t = r.times().length;
    assertThat(g.concentrationsZoomed()).hasSize(t);
    assertThat(g.longRangeCumulativeDoses()).hasSize(t - 1);
    double lrDose = m.depositedExposure(false).mean();
    assertThat(g.longRangeCumulativeDoses()[t - 2]).isCloseTo(lrDose, within(1e-9 * lrDose));
    double dose = m.depositedExposure(true).mean();
    assertThat(g.cumulativeDoses()[t - 2]).isCloseTo(dose, within(1e-9 * dose));
    for (int q = 0; q < t; q++) {
      double time = r.times()[q];
      double expected = time >= 12.0 && time <= 12.5 ? m.concentration(time) : m.longRangeConcentration(time);
      assertThat(g.concentrationsZoomed()[q]).as("zoomed at %s", time)
          .isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-300));
    }
    // the interaction bounds are key times
    assertThat(r.times()).contains(10.5, 11.0, 12.5, 14.2, 14.55);
  }

  @Test
  void probabilisticExposureAndConditionalProbability() {
    OfficeScenario office = new OfficeScenario();
    office.size = 2_000;
    office.probabilistic = true;
    office.conditional = true;
    office.cases = new Cases(100_000, 68, 5);
    Scenario s = office.build();
    GroupReport g = new ReportCalculator().compute(s, DEFAULT, null).groups().get("group_1");
    double expected = s.groups().get(0).exposure().totalProbabilityRule();
    assertThat(g.probProbabilisticExposure()).isCloseTo(expected, within(1e-12 * expected));
    assertThat(g.conditionalProbabilityData().viralLoads()).hasSize(100);
    assertThat(g.conditionalProbabilityData().log10ViralLoads()).isNull();
    GroupReport withSamples = new ReportCalculator().compute(s, new ReportOptions(true, false, null), null)
        .groups().get("group_1");
    assertThat(withSamples.conditionalProbabilityData().log10ViralLoads()).hasSize(2_000);
    assertThat(withSamples.probDist()).hasSize(2_000);
  }

  @Test
  void sameSeedSameReport() throws Exception {
    OfficeScenario office = new OfficeScenario();
    office.conditional = true;
    office.interaction(ExpirationType.SHOUTING, 11, 11.5);
    String first = ReportJson.mapper().writeValueAsString(report(office, new ReportOptions(true, true, null)));
    String second = ReportJson.mapper().writeValueAsString(report(office, new ReportOptions(true, true, null)));
    assertThat(second).isEqualTo(first);
    office.seed = 43;
    String other = ReportJson.mapper().writeValueAsString(report(office, new ReportOptions(true, true, null)));
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void anExecutorGivesTheSameReport() throws Exception {
    OfficeScenario office = new OfficeScenario();
    office.masksWorn = true;
    ReportOptions options = new ReportOptions(false, true, null);
    String sequential = ReportJson.mapper().writeValueAsString(report(office, options));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      String parallel = ReportJson.mapper().writeValueAsString(
          new ReportCalculator(pool).compute(office.build(), options, office.variants()));
      assertThat(parallel).isEqualTo(sequential);
    } finally {
      pool.shutdown();
    }
  }
}
