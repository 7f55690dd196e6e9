package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Cases;
import io.caimira.model.time.Span;
import org.junit.jupiter.api.Test;

/** The structured {@code model} output (decision 8): what upstream's repr conveyed, as data. */
class ModelSummaryTest {

  @Test
  void documentationOffice() {
    OfficeScenario office = new OfficeScenario();
    office.cases = new Cases(100_000, 68, 5);
    office.exposedToShortRange = 2;
    office.interaction(ExpirationType.SHOUTING, 10.5, 11);
    Scenario s = office.build();
    ModelSummary m = ModelSummary.of(s);

    assertThat(m.room().volume().mean()).isEqualTo(75);
    assertThat(m.room().insideTemperature().values()).containsExactly(293);
    assertThat(m.room().humidity().mean()).isEqualTo(0.5);

    assertThat(m.ventilation()).extracting(VentilationSummary::type).containsExactly("sliding_window", "air_change");
    VentilationSummary window = m.ventilation().get(0);
    assertThat(window.active()).hasSize(12).startsWith(new Span(0, 2));
    assertThat(window.windowHeight().mean()).isEqualTo(2);
    assertThat(window.openingLength().mean()).isEqualTo(0.2);
    assertThat(window.numberOfWindows()).isEqualTo(1);
    assertThat(window.dischargeCoefficient().mean()).isEqualTo(0.6);
    assertThat(window.outsideTemperature().values()).isNotEmpty();
    assertThat(m.ventilation().get(1).airExchangeRate().mean()).isEqualTo(0.25);

    assertThat(m.infected()).hasSize(1);
    InfectedSummary infected = m.infected().get(0);
    assertThat(infected.number()).isEqualTo(1);
    assertThat(infected.occupancy()).isNull();
    assertThat(infected.presence()).containsExactly(new Span(9, 18));
    assertThat(infected.mask().type()).isEqualTo("No mask");
    assertThat(infected.virus().variant()).isEqualTo("SARS_CoV_2_OMICRON");
    assertThat(infected.virus().transmissibilityFactor()).isEqualTo(0.2);
    // ID50 ~ U(10, 100): sample mean 55 within 2 % at 5 000 samples
    assertThat(infected.virus().infectiousDose().mean()).isCloseTo(55, within(1.1));
    assertThat(infected.virus().infectiousDose().min()).isGreaterThanOrEqualTo(10);
    // seated breathing: sample mean 0.51 m³/h (physics.md §2)
    assertThat(infected.activity().inhalationRate().mean()).isCloseTo(0.51, within(0.01));
    assertThat(infected.expiration().name()).isNull();
    assertThat(infected.expiration().cn()).isPositive();
    assertThat(infected.hostImmunity().mean()).isZero();

    ExposedGroupSummary group = m.exposedGroups().get(0);
    assertThat(group.id()).isEqualTo("group_1");
    assertThat(group.number()).isEqualTo(9);
    assertThat(group.presence()).containsExactly(new Span(9, 18));
    assertThat(group.exposedToShortRange()).isEqualTo(2);
    assertThat(group.shortRangeInteractions()).hasSize(1);
    InteractionSummary interaction = group.shortRangeInteractions().get(0);
    assertThat(interaction.expiration().name()).isEqualTo("Shouting");
    assertThat(interaction.start()).isEqualTo(10.5);
    assertThat(interaction.end()).isEqualTo(11);
    assertThat(interaction.distance().min()).isGreaterThanOrEqualTo(0.5);
    assertThat(interaction.distance().max()).isLessThanOrEqualTo(2.0);

    assertThat(m.geographicData()).isEqualTo(new GeographicSummary(100_000, 68, 5));
    assertThat(m.sampleSize()).isEqualTo(5_000);
    assertThat(m.seed()).isEqualTo(42);
  }

  /** The summary shows the breathing rates the model uses, which are the drawn ones (api.md, deviation 18). */
  @Test
  void theBreathingRatesTheModelDoesNotUseAreLeftOut() {
    ModelSummary withoutShortRange = ModelSummary.of(new OfficeScenario().build());
    ActivitySummary infected = withoutShortRange.infected().get(0).activity();
    assertThat(infected.inhalationRate()).isNull();
    assertThat(infected.exhalationRate().sd()).isPositive();
    ActivitySummary exposed = withoutShortRange.exposedGroups().get(0).activity();
    assertThat(exposed.exhalationRate()).isNull();
    assertThat(exposed.inhalationRate().sd()).isPositive();

    OfficeScenario office = new OfficeScenario();
    office.exposedToShortRange = 2;
    office.interaction(ExpirationType.SHOUTING, 10.5, 11);
    assertThat(ModelSummary.of(office.build()).infected().get(0).activity().inhalationRate()).isNotNull();
  }

  @Test
  void sampledMasksAreRecognised() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(2_000, 1);
    for (MaskType type : MaskType.values()) {
      assertThat(MaskSummary.of(s.mask(type)).type()).isEqualTo(type.label());
      assertThat(MaskSummary.of(type.fixed()).type()).isEqualTo(type.label());
    }
    assertThat(MaskSummary.of(io.caimira.model.aerosol.Mask.of(0.3)).type()).isNull();
    MaskSummary typeI = MaskSummary.of(s.mask(MaskType.TYPE_I));
    assertThat(typeI.exhaleEfficiency()).isNull();
    assertThat(typeI.exhaleCurveFactor()).isEqualTo(1.0);
    assertThat(MaskSummary.of(s.mask(MaskType.CLOTH)).exhaleEfficiency()).isNotNull();
  }

  @Test
  void hepaAndMechanicalComponents() {
    OfficeScenario office = new OfficeScenario();
    office.size = 10;
    office.ventilation = VentilationType.MECHANICAL;
    office.hepa = true;
    ModelSummary m = ModelSummary.of(office.build());
    assertThat(m.ventilation()).extracting(VentilationSummary::type)
        .containsExactly("mechanical_supply", "hepa_filter", "air_change");
    assertThat(m.ventilation().get(0).flowRate().mean()).isEqualTo(500);
    assertThat(m.ventilation().get(1).flowRate().mean()).isEqualTo(250);
    assertThat(m.ventilation().get(1).active().get(0)).isEqualTo(new Span(9, 9.5));
  }
}
