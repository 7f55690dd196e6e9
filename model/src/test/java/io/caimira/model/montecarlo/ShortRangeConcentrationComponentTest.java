package io.caimira.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Port of the statistical case of upstream caimira/tests/models/test_short_range_model.py
 * (test_short_range_concentration): 75 m³ at 10 000 000 ACH while occupied, one infected (wild type, fixed
 * parameters, light activity, 1/3 speaking 2/3 breathing) present 8.5–12.5 h and 13.5–17.5 h, one short-range
 * interaction 10.5–11 h (seated breathing, sampled distance). The short-range component of the concentration,
 * total − long range, is upstream's 5.6333025 during the interaction and 0 outside; 250 000 samples, rtol 0.02
 * (upstream), fixed seed.
 */
class ShortRangeConcentrationComponentTest {
  static ExposureModel model;

  @BeforeAll
  static void build() {
    SpecificInterval presence = SpecificInterval.of(8.5, 12.5, 13.5, 17.5);
    McScenario scenario = new McScenario(
        new Room(75), new AirChange(presence, 10_000_000.0),
        1, presence, s -> Variant.SARS_CoV_2.fixedVirus(), Mask.NONE,
        s -> PhysicalActivity.LIGHT_ACTIVITY.fixed(),
        McScenario.mix(ExpirationType.SPEAKING, 0.33, ExpirationType.BREATHING, 0.67),
        1, presence, s -> PhysicalActivity.LIGHT_ACTIVITY.fixed(), Mask.NONE,
        List.of(new McScenario.Interaction(s -> s.activity(PhysicalActivity.SEATED),
            ExpirationDistribution.shortRange(ExpirationType.BREATHING), new Span(10.5, 11.0),
            MonteCarloSampler::conversationalDistance)));
    model = scenario.build(250_000, 7_001L);
  }

  @ParameterizedTest
  @CsvSource({"8.5, 0", "10.5, 5.6333025", "10.6, 5.6333025", "11.0, 5.6333025", "12.0, 0"})
  void shortRangeConcentrationComponent(double time, double expected) {
    double component = model.concentration(time) - model.longRangeConcentration(time);
    assertThat(Math.abs(component - expected))
        .as("component %s vs %s at %s h (rtol 0.02)", component, expected, time)
        .isLessThanOrEqualTo(0.02 * expected);
  }
}
