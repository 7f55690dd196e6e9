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
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Port of upstream caimira/tests/test_dynamic_infected.py: one exposure model with several infected populations
 * (one concentration model each). Upstream builds its Monte-Carlo models from fixed inputs only, so the ported
 * models are deterministic.
 */
class DynamicInfectedTest {

  private static final SpecificInterval INTERESTING = SpecificInterval.of(0.5, 1, 1.1, 2, 2, 3);

  private static InfectedPopulation infected(int number, SpecificInterval presence, Mask mask,
      PhysicalActivity activity, Variant variant, ExpirationType expiration, double hostImmunity) {
    return new InfectedPopulation(Headcount.fixed(number, presence), activity.fixed(), mask, variant.fixedVirus(),
        expiration.fixed(), Samples.constant(hostImmunity));
  }

  private static InfectedPopulation baseline() {
    return infected(1, INTERESTING, Mask.of(0.5), PhysicalActivity.SEATED, Variant.SARS_CoV_2,
        ExpirationType.BREATHING, 0);
  }

  /** Upstream all_infected_populations: varying number, presence, mask, activity, expiration, host immunity. */
  private static List<InfectedPopulation> allInfected() {
    InfectedPopulation b = baseline();
    List<InfectedPopulation> out = new ArrayList<>();
    out.add(b);
    out.add(b.withHeadcount(Headcount.fixed(2, INTERESTING)));
    out.add(b);
    out.add(b.withHeadcount(Headcount.fixed(1, SpecificInterval.of(0.5, 1, 5, 13))));
    out.add(b);
    out.add(new InfectedPopulation(b.headcount(), b.activity(), Mask.NONE, b.virus(), b.expiration(),
        b.hostImmunity()));
    out.add(b);
    out.add(new InfectedPopulation(b.headcount(), PhysicalActivity.STANDING.fixed(), b.mask(), b.virus(),
        b.expiration(), b.hostImmunity()));
    out.add(b);
    out.add(new InfectedPopulation(b.headcount(), b.activity(), b.mask(), b.virus(), ExpirationType.SPEAKING.fixed(),
        b.hostImmunity()));
    out.add(b);
    out.add(new InfectedPopulation(b.headcount(), b.activity(), b.mask(), b.virus(), b.expiration(),
        Samples.constant(0.9)));
    return out;
  }

  private static VirusConcentrationModel concentration(double volume, InfectedPopulation infected) {
    return new VirusConcentrationModel(new Room(volume), new AirChange(INTERESTING, 100), infected, 0.3);
  }

  private static List<VirusConcentrationModel> validModels() {
    return allInfected().stream().map(i -> concentration(75, i)).toList();
  }

  private static ExposureModel exposureModel(List<VirusConcentrationModel> models) {
    ExposedPopulation exposed = new ExposedPopulation(
        new Headcount.Fixed(1, SpecificInterval.of(8.5, 12, 13, 17.5)),
        PhysicalActivity.SEATED.fixed(), Mask.NONE, Samples.constant(0.0));
    return new ExposureModel(models, List.of(), exposed, Cases.NONE);
  }

  @Test
  void allInfectedMustShareVirusAndRoom() {
    // upstream test_common_params (ValueError upstream; messages from physics.md §1.15)
    InfectedPopulation alpha = infected(1, INTERESTING, Mask.of(0.5), PhysicalActivity.SEATED,
        Variant.SARS_CoV_2_ALPHA, ExpirationType.BREATHING, 0);
    assertThatThrownBy(() -> exposureModel(List.of(concentration(75, baseline()), concentration(75, alpha))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All infected must be infected with the same virus.");
    assertThatThrownBy(() -> exposureModel(List.of(concentration(75, baseline()), concentration(100, baseline()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("All concentration models must describe the same room.");

    ExposureModel valid = exposureModel(validModels());
    assertThat(valid.virus()).isEqualTo(Variant.SARS_CoV_2.fixedVirus());
    assertThat(valid.room()).isEqualTo(new Room(75));
  }

  @Test
  void populationStateChangeTimes() {
    // upstream test_population_state_change_times, exact
    assertThat(exposureModel(validModels()).populationStateChangeTimes())
        .containsExactly(0.5, 1, 1.1, 2, 3, 5, 8.5, 12, 13, 17.5);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.6, 1, 3, 7, 17})
  void concentrationIsTheSumOverInfectedPopulations(double t) {
    // upstream test_concentration: allclose (rtol 1e-5, atol 1e-8) and non-negative
    double together = exposureModel(validModels()).concentration(t);
    double separate = validModels().stream().mapToDouble(c -> exposureModel(List.of(c)).concentration(t)).sum();
    assertThat(together).isCloseTo(separate, within(1e-8 + 1e-5 * Math.abs(separate)));
    assertThat(together).isGreaterThanOrEqualTo(0);
  }

  @ParameterizedTest(name = "[{0}, {1}]")
  @CsvSource({"0, 1", "0.6, 2", "1, 3", "1, 7", "0, 17"})
  void doseIsTheSumOverInfectedPopulations(double start, double stop) {
    // upstream test_deposited_exposure: allclose (rtol 1e-5, atol 1e-8) and non-negative
    double together = exposureModel(validModels()).depositedExposureBetweenBounds(start, stop).scalar();
    double separate = validModels().stream()
        .mapToDouble(c -> exposureModel(List.of(c)).depositedExposureBetweenBounds(start, stop).scalar()).sum();
    assertThat(together).isCloseTo(separate, within(1e-8 + 1e-5 * Math.abs(separate)));
    assertThat(together).isGreaterThanOrEqualTo(0);
  }

  @Test
  void shortRangeWithSeveralInfectedPopulationsIsUnsupported() {
    // spec physics.md §1.15 (NotImplementedError upstream), exact message
    var sr = new io.caimira.model.shortrange.ShortRangeModel(baseline(), PhysicalActivity.SEATED.fixed(),
        ExpirationType.BREATHING.fixed(), new io.caimira.model.time.Span(0.5, 1), Samples.constant(1.0));
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(1, INTERESTING),
        PhysicalActivity.SEATED.fixed(), Mask.NONE, Samples.constant(0.0));
    assertThatThrownBy(() -> new ExposureModel(validModels(), List.of(sr), exposed, Cases.NONE))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("Short range interactions with multiple infected populations not yet implemented.");
  }
}
