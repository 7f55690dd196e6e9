package io.caimira.calculator.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.calculator.input.Baseline;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.report.AlternativeScenario;
import io.caimira.calculator.report.AlternativeScenarios;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.montecarlo.DrawCache;
import io.caimira.model.weather.GenevaWeatherProvider;
import org.junit.jupiter.api.Test;

/**
 * Alternative scenarios share the report's draws (common random numbers): a build that takes its draws from the
 * cache gives exactly the numbers of a build that draws them itself, and a variant whose draws come in the same
 * order as the scenario's draws nothing new.
 */
class SharedDrawsTest {
  private static final int N = 5000;
  private static final long SEED = 77;
  private final ScenarioBuilder builder = new ScenarioBuilder(GenevaWeatherProvider.instance());

  private static double probability(Scenario s) {
    ExposureModel m = s.groups().get(0).exposure();
    return m.infectionProbability().mean();
  }

  @Test
  void cachedDrawsGiveTheNumbersOfAnUncachedBuild() {
    VirusInput input = Baseline.parse(Baseline.body());
    DrawCache draws = new DrawCache();
    Scenario first = builder.build(input, N, SEED, draws);
    int held = draws.size();
    assertThat(held).isPositive();
    Scenario again = builder.build(input, N, SEED, draws);
    assertThat(draws.size()).as("nothing drawn the second time").isEqualTo(held);
    double uncached = probability(builder.build(input, N, SEED));
    assertThat(probability(first)).isEqualTo(uncached);
    assertThat(probability(again)).isEqualTo(uncached);
  }

  @Test
  void aVariantUsesTheReportsSeedAndItsDraws() {
    VirusInput input = Baseline.parse(Baseline.body());
    DrawCache draws = new DrawCache();
    builder.build(input, N, SEED, draws);
    InputVariants shared = new InputVariants(builder, input, N, SEED, draws);
    InputVariants alone = new InputVariants(builder, input, N, SEED);
    for (AlternativeScenario variant : AlternativeScenarios.select(shared.description())) {
      int before = draws.size();
      double withCache = probability(shared.build(variant));
      assertThat(withCache).as(variant.name()).isEqualTo(probability(alone.build(variant)));
      if (variant.inputs().masksWorn() == shared.description().masksWorn()
          && variant.inputs().maskType() == shared.description().maskType()) {
        assertThat(draws.size()).as("%s draws nothing new", variant.name()).isEqualTo(before);
      }
    }
  }

  @Test
  void aVariantThatAddsMasksDrawsTheMasksAlone() {
    // the office without masks: its alternative "No ventilation with Type I masks" puts masks on both populations;
    // the masks' streams are their own, so the variant's other draws are the scenario's, not redrawn
    VirusInput input = Baseline.parse(Baseline.body());
    DrawCache draws = new DrawCache();
    Scenario scenario = builder.build(input, N, SEED, draws);
    int held = draws.size();
    InputVariants shared = new InputVariants(builder, input, N, SEED, draws);
    AlternativeScenario masked = AlternativeScenarios.select(shared.description()).stream()
        .filter(v -> v.inputs().masksWorn() && !shared.description().masksWorn()).findFirst().orElseThrow();
    Scenario variant = shared.build(masked);
    // Type I: one inward efficiency a population (infected and exposed), nothing else
    assertThat(draws.size()).isEqualTo(held + 2);
    var base = scenario.groups().get(0).exposure();
    var withMasks = variant.groups().get(0).exposure();
    assertThat(withMasks.virus().viralLoadInSputum().toArray()).isEqualTo(base.virus().viralLoadInSputum().toArray());
    assertThat(withMasks.exposed().activity().inhalationRate().toArray())
        .isEqualTo(base.exposed().activity().inhalationRate().toArray());
    assertThat(withMasks.exposed().mask().inhaleEfficiency().isConstant()).isFalse();
  }

  @Test
  void aVariantWithoutMasksTakesTheReportsPerSampleFactors() {
    // the office without masks: "Neither ventilation nor masks" differs from it by its ventilation alone, so the
    // factors formed from the shared draws (emission per aerosol, aerosol volume, their product) are the report's own
    // arrays, not copies formed again; "No ventilation with Type I masks" forms its own aerosol volumes (the mask
    // filters the exhaled air) but shares the emission per aerosol
    VirusInput input = Baseline.parse(Baseline.body());
    DrawCache draws = new DrawCache();
    Scenario scenario = builder.build(input, N, SEED, draws);
    InputVariants shared = new InputVariants(builder, input, N, SEED, draws);
    var base = (io.caimira.model.concentration.VirusConcentrationModel)
        scenario.groups().get(0).exposure().concentrationModels().get(0);
    double baseProbability = probability(scenario);
    for (AlternativeScenario variant : AlternativeScenarios.select(shared.description())) {
      var other = (io.caimira.model.concentration.VirusConcentrationModel)
          shared.build(variant).groups().get(0).exposure().concentrationModels().get(0);
      assertThat(other.emissionRatePerAerosolPerPerson()).as(variant.name())
          .isSameAs(base.emissionRatePerAerosolPerPerson());
      if (variant.name().equals(AlternativeScenarios.NEITHER)) {
        assertThat(other.aerosols()).isSameAs(base.aerosols());
        assertThat(other.normalizationFactor()).isSameAs(base.normalizationFactor());
      } else {
        assertThat(other.aerosols()).as(variant.name()).isNotSameAs(base.aerosols());
        assertThat(other.aerosols().mean()).as(variant.name()).isLessThan(base.aerosols().mean());
      }
    }
    // the report's own numbers are not disturbed by its variants' sharing
    assertThat(probability(builder.build(input, N, SEED))).isEqualTo(baseProbability);
  }
}
