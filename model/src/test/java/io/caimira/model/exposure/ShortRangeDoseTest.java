package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.aerosol.Particle;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.virus.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decided deviation 5 (api.md §13): during a short-range interaction the exposed breathe the diluted jet instead
 * of part of the room air, so the long-range dose divided by the dilution factor S is subtracted — only over the
 * overlap of the interaction with the dose interval (upstream subtracts it on every interval, physics.md §1.15).
 *
 * <p>Every expected value is computed independently of the dose code: the long-range dose by Simpson integration
 * of the concentration curve, the jet dose from its formula with the upstream dilution factor at 0.854 m.
 */
class ShortRangeDoseTest {

  private static final SpecificInterval WORKDAY = SpecificInterval.of(8.5, 12.5, 13.5, 17.5);
  private static final Span INTERACTION = new Span(10.5, 11.0);
  /** Dilution factor of a seated person at 0.854 m (upstream test_short_range_model.py::test_dilution_factor). */
  private static final double S_SEATED = 85.73002264;
  private static final double SR_DIAMETER = 10.0;
  private static final double ETA_INHALE = 0.3;

  private final InfectedPopulation infected = new InfectedPopulation(Headcount.fixed(1, WORKDAY),
      PhysicalActivity.LIGHT_ACTIVITY.fixed(), Mask.NONE, Variant.SARS_CoV_2.fixedVirus(),
      ExpirationType.SPEAKING.fixed(), Samples.constant(0.0));
  // 2 ACH: the long-range concentration is far from negligible and varies during the interaction
  private final VirusConcentrationModel longRange =
      new VirusConcentrationModel(new Room(75), new AirChange(WORKDAY, 2.0), infected, 0.3);
  private final ShortRangeModel interaction = new ShortRangeModel(infected, PhysicalActivity.SEATED.fixed(),
      Expiration.of(SR_DIAMETER), INTERACTION, Samples.constant(0.854));
  private final ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(1, WORKDAY),
      PhysicalActivity.LIGHT_ACTIVITY.fixed(), Mask.of(ETA_INHALE), Samples.constant(0.0));
  private final ExposureModel model =
      new ExposureModel(List.of(longRange), List.of(interaction), exposed, Cases.NONE, 1, "group_1");

  /** Long-range dose over [a, b] (inside one presence block): ∫C dt · fdep · BR_inh · (1 − η), by Simpson. */
  private double longRangeDose(double a, double b) {
    int n = 20_000;
    double h = (b - a) / n;
    double sum = c(a) + c(b);
    for (int i = 1; i < n; i++) {
      sum += (i % 2 == 1 ? 4 : 2) * c(a + i * h);
    }
    double integral = sum * h / 3;
    double fdep = Particle.depositionFraction(ExpirationType.SPEAKING.diameter(), 0.3);
    return integral * fdep * 1.25 * (1 - ETA_INHALE);
  }

  private double c(double t) {
    return longRange.concentration(t).scalar();
  }

  /**
   * Jet dose over a duration: aerosol volume π d³/6 · 10⁻¹² mL/cm³ · 10⁶ cm³/m³ · duration · fdep(d, no
   * evaporation) · BR_inh(seated 0.51) / S · viral load 10⁹ · viable fraction 0.5 · (1 − η).
   */
  private static double jetDose(double duration) {
    double d = SR_DIAMETER;
    double aerosolPerM3 = Math.PI * d * d * d / 6 * 1e-12 * 1e6;
    return aerosolPerM3 * duration * Particle.depositionFraction(d, 1.0) * 0.51 / S_SEATED * 1e9 * 0.5
        * (1 - ETA_INHALE);
  }

  @ParameterizedTest(name = "[{0}, {1}] overlapping ({2}, {3})")
  @CsvSource({"8.5, 12.5, 10.5, 11", "10.8, 12, 10.8, 11", "10, 10.7, 10.5, 10.7", "10.6, 10.9, 10.6, 10.9"})
  void doseOverlappingTheInteraction(double t1, double t2, double s, double e) {
    // deviation 5: LR(t1, t2) + jet(s, e) − LR(s, e)/S; rtol 1e-8 (Simpson error and the 10-digit S)
    double expected = longRangeDose(t1, t2) + jetDose(e - s) - longRangeDose(s, e) / S_SEATED;
    double dose = model.depositedExposureBetweenBounds(t1, t2).scalar();
    assertThat(dose).isCloseTo(expected, within(expected * 1e-8));
    // and the long-range part alone is the integral of the concentration
    double lr = model.longRangeDepositedExposureBetweenBounds(t1, t2).scalar();
    assertThat(lr).isCloseTo(longRangeDose(t1, t2), within(lr * 1e-8));
  }

  @ParameterizedTest(name = "[{0}, {1}]")
  @CsvSource({"8.5, 9", "8.5, 10.45", "11.01, 12.5", "13.5, 17.5", "0, 8"})
  void doseAwayFromTheInteractionIsTheLongRangeDose(double t1, double t2) {
    // deviation 5: no overlap, no short-range term at all — exactly the long-range dose (upstream would give
    // LR·(1 − 1/S), physics.md §1.15 quirk)
    Samples dose = model.depositedExposureBetweenBounds(t1, t2);
    assertThat(dose).isEqualTo(model.longRangeDepositedExposureBetweenBounds(t1, t2));
  }

  @Test
  void wholeDayDoseAndAdditivity() {
    // deviation 5: the day's dose (summed over population state changes, which do not include the interaction
    // times) is the long-range dose plus one jet term minus the long-range dose of the interaction only;
    // rtol 1e-8. Splitting the interval anywhere gives the same total (rtol 1e-12), which upstream's
    // per-interval subtraction breaks.
    double lrDay = longRangeDose(8.5, 12.5) + longRangeDose(13.5, 17.5);
    double expected = lrDay + jetDose(0.5) - longRangeDose(10.5, 11) / S_SEATED;
    double day = model.depositedExposure(true).scalar();
    assertThat(day).isCloseTo(expected, within(expected * 1e-8));
    assertThat(model.depositedExposure(false).scalar()).isCloseTo(lrDay, within(lrDay * 1e-8));

    double whole = model.depositedExposureBetweenBounds(8.5, 12.5).scalar();
    double split = model.depositedExposureBetweenBounds(8.5, 10.7).scalar()
        + model.depositedExposureBetweenBounds(10.7, 10.9).scalar()
        + model.depositedExposureBetweenBounds(10.9, 12.5).scalar();
    assertThat(split).isCloseTo(whole, within(whole * 1e-12));
  }

  @Test
  void shortRangeIncreasesTheDoseAndProbability() {
    // sanity: the jet is far more concentrated than the room air at 2 ACH
    assertThat(model.depositedExposure(true).scalar()).isGreaterThan(model.depositedExposure(false).scalar());
    assertThat(model.infectionProbability(true).scalar()).isGreaterThan(model.infectionProbability(false).scalar());
  }
}
