package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.Fixtures;
import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.concentration.VirusConcentrationModel;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.SlidingWindow;
import io.caimira.model.virus.Variant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bulk curves of a report (one walk per sample) against the single-time and single-interval methods of the
 * exposure model, which follow upstream's formulas directly. Same model, same samples: they must agree to
 * floating-point accuracy (relative 1e-9; the bulk path chains exact segment solutions instead of restarting
 * from the last state change).
 */
class ExposureCurvesTest {
  private static final double RTOL = 1e-9;

  @Test
  void deterministicBaselineMatchesPointwiseMethods() {
    assertCurvesMatch(Fixtures.baselineExposureModel(), grid(0, 10, 61));
  }

  @Test
  void monteCarloModelWithWindowsAndShortRangeMatchesPointwiseMethods() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(3_000, 42);
    SpecificInterval presence = SpecificInterval.of(9, 12.5, 13.5, 18);
    PiecewiseConstant outside = PiecewiseConstant.constant(0, 24, 278).refine(240);
    var ventilation = MultipleVentilation.of(
        new SlidingWindow(new PeriodicInterval(60, 10, 9), outside, 1.6, 0.3, 2),
        new AirChange(PeriodicInterval.ALWAYS_ON, 0.25));
    Activity activity = s.activity(PhysicalActivity.STANDING);
    InfectedPopulation infected = new InfectedPopulation(Headcount.fixed(2, presence), activity,
        s.mask(MaskType.TYPE_I), s.virus(Variant.SARS_CoV_2_DELTA),
        s.expiration(ExpirationDistribution.longRange(Map.of(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING,
            2)), null), Samples.constant(0));
    VirusConcentrationModel c = new VirusConcentrationModel(new Room(60), ventilation, infected);
    List<ShortRangeModel> interactions = List.of(
        new ShortRangeModel(infected, activity, s.expiration(ExpirationDistribution.shortRange(
            ExpirationType.SPEAKING), "Speaking"), new Span(10.5, 11.0), s.conversationalDistance()),
        new ShortRangeModel(infected, activity, s.expiration(ExpirationDistribution.shortRange(
            ExpirationType.SHOUTING), "Shouting"), new Span(14.2, 14.55), s.conversationalDistance()));
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(8, presence),
        s.activity(PhysicalActivity.SEATED), s.mask(MaskType.FFP2), Samples.constant(0.1));
    ExposureModel model = new ExposureModel(List.of(c), interactions, exposed, Cases.NONE, 2, "group_1");
    ExposureCurves curves = assertCurvesMatch(model, grid(9, 18, 136));
    assertThat(curves.depositedExposure()).isNotNull();
    assertSamplesMatch(curves.depositedExposure(), model.depositedExposure(true));
    assertSamplesMatch(curves.longRangeDepositedExposure(), model.depositedExposure(false));
  }

  @Test
  void wholeDayDosesNeedAGridSpanningThePresence() {
    ExposureCurves partial = Fixtures.baselineExposureModel().curves(grid(1, 6, 11));
    assertThat(partial.depositedExposure()).isNull();
  }

  private static void assertSamplesMatch(io.caimira.model.sample.Samples actual,
      io.caimira.model.sample.Samples expected) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).isCloseTo(expected.get(i), within(Math.abs(expected.get(i)) * RTOL + 1e-300));
    }
  }

  @Test
  void severalInfectedPopulationsAdd() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(2_000, 7);
    Room room = new Room(80);
    var air = new AirChange(PeriodicInterval.ALWAYS_ON, 1.5);
    var expiration = s.expiration(ExpirationDistribution.longRange(ExpirationType.SPEAKING), "Speaking");
    var virus = s.virus(Variant.SARS_CoV_2);
    var first = new InfectedPopulation(Headcount.fixed(1, SpecificInterval.of(8, 12)),
        s.activity(PhysicalActivity.SEATED), s.mask(MaskType.NO_MASK), virus, expiration, Samples.constant(0));
    var second = first.withHeadcount(Headcount.fixed(2, SpecificInterval.of(10, 15)));
    ExposedPopulation exposed = new ExposedPopulation(new Headcount.Fixed(3, SpecificInterval.of(9, 11, 12, 16)),
        s.activity(PhysicalActivity.SEATED), s.mask(MaskType.NO_MASK), Samples.constant(0));
    ExposureModel model = new ExposureModel(List.of(new VirusConcentrationModel(room, air, first),
        new VirusConcentrationModel(room, air, second)), List.of(), exposed, Cases.NONE);
    ExposureCurves curves = assertCurvesMatch(model, grid(8, 16, 121));
    assertSamplesMatch(curves.depositedExposure(), model.depositedExposure(true));
  }

  private static double[] grid(double from, double to, int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = from + (to - from) * i / (n - 1);
    }
    return t;
  }

  private static ExposureCurves assertCurvesMatch(ExposureModel model, double[] times) {
    ExposureCurves curves = model.curves(times);
    double doseScale = model.depositedExposure(true).mean();
    double concScale = 0;
    for (double t : times) {
      concScale = Math.max(concScale, Math.abs(model.concentration(t)));
    }
    double dose = 0;
    double longRangeDose = 0;
    for (int q = 0; q < times.length; q++) {
      if (q > 0) {
        dose += model.depositedExposureBetweenBounds(times[q - 1], times[q]).mean();
        longRangeDose += model.longRangeDepositedExposureBetweenBounds(times[q - 1], times[q]).mean();
      }
      assertThat(curves.concentrations()[q]).as("concentration at %s", times[q])
          .isCloseTo(model.concentration(times[q]), within(concScale * RTOL));
      assertThat(curves.longRangeConcentrations()[q]).as("long-range concentration at %s", times[q])
          .isCloseTo(model.longRangeConcentration(times[q]), within(concScale * RTOL));
      assertThat(curves.cumulativeDoses()[q]).as("cumulative dose at %s", times[q])
          .isCloseTo(dose, within(doseScale * RTOL));
      assertThat(curves.longRangeCumulativeDoses()[q]).as("long-range cumulative dose at %s", times[q])
          .isCloseTo(longRangeDose, within(doseScale * RTOL));
    }
    assertThat(curves.cumulativeDoses()[times.length - 1]).isCloseTo(doseScale, within(doseScale * 1e-9));
    return curves;
  }
}
