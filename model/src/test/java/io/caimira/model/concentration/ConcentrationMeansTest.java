package io.caimira.model.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.MultipleVentilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcentrationModel#means}: one walk per sample (or, when only the background differs between samples, a
 * closed form) against the per-time and per-interval methods on the same samples. Relative tolerance 1e-10: both
 * are exact solutions, differing only in floating-point order.
 */
class ConcentrationMeansTest {

  @Test
  void co2WithSampledBreathingUsesTheClosedFormAndMatchesPointwiseMeans() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(5_000, 3);
    SpecificInterval presence = SpecificInterval.of(8.5, 12, 13, 17.5);
    var ventilation = MultipleVentilation.of(new AirChange(new PeriodicInterval(60, 15, 8), 4.0),
        new AirChange(PeriodicInterval.ALWAYS_ON, 0.25));
    var model = new Co2ConcentrationModel(new Room(90), ventilation,
        new SimplePopulation(Headcount.fixed(6, presence), s.activity(PhysicalActivity.SEATED)));
    assertThat(model.schedule().sharedDynamics()).isTrue();
    assertMeansMatch(model, presence.boundaries());
  }

  @Test
  void modelWithPerSampleRemovalWalksEachSample() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(3_000, 5);
    SpecificInterval presence = SpecificInterval.of(9, 12, 13, 18);
    var rates = s.draw(new io.caimira.model.distribution.Uniform(0.5, 6.0));
    var model = new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, rates),
        new SimplePopulation(Headcount.fixed(3, presence), s.activity(PhysicalActivity.STANDING)));
    assertThat(model.schedule().sharedDynamics()).isFalse();
    assertMeansMatch(model, List.of(new Span(10, 12), new Span(13, 15.5)));
  }

  private static void assertMeansMatch(ConcentrationModel model, List<Span> breathing) {
    double[] times = new double[91];
    for (int q = 0; q < times.length; q++) {
      times[q] = 8 + q * 0.1;
    }
    Samples k = model.normalizationFactor();
    Samples weight = k.map(x -> x * x);
    var means = model.means(times, breathing, new Samples[] {k}, new Samples[] {weight});
    for (int q = 0; q < times.length; q++) {
      double expected = model.concentration(times[q]).mean();
      assertThat(means.concentrations()[0][q]).isCloseTo(expected, within(Math.abs(expected) * 1e-10));
      Samples integral = Samples.constant(0.0);
      for (Span b : breathing) {
        double from = Math.max(b.start(), times[0]);
        double to = Math.min(b.end(), times[q]);
        if (to > from) {
          integral = integral.plus(model.normedIntegratedConcentration(from, to));
        }
      }
      double expectedIntegral = integral.times(weight).mean();
      assertThat(means.cumulativeIntegrals()[0][q])
          .isCloseTo(expectedIntegral, within(Math.abs(expectedIntegral) * 1e-10 + 1e-12));
    }
  }
}
