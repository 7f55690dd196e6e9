package io.caimira.model.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.distribution.Uniform;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.Occupants;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.Ventilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcentrationModel#means} when only the settling rate (and the background) differ between samples: the
 * curves are interpolated in the settling rate ({@link SettlingRateInterpolation}) and must agree with the exact
 * per-sample solution of {@link ConcentrationModel#concentration} and {@link
 * ConcentrationModel#normedIntegratedConcentration} on the same samples. Tolerance: relative 1e-9 of the mean (the
 * interpolation is resolved to 1e-13 of each curve's largest value; the rest is floating-point order).
 */
class SettlingRateInterpolationTest {
  private static final SpecificInterval PRESENCE = SpecificInterval.of(8.5, 12.5, 13.5, 17.5);
  /** A window opened 10 minutes every hour on top of a low infiltration: many segments with different removal. */
  private static final Ventilation VENTILATION = MultipleVentilation.of(
      new AirChange(new PeriodicInterval(60, 10, 8), 6.0), new AirChange(PeriodicInterval.ALWAYS_ON, 0.25));

  @Test
  void settlingRatesOfTheRespiratoryParticlesAreInterpolatedToTheExactMeans() {
    // 0–8 h⁻¹ covers the settling of every diameter the expiration distributions draw
    MonteCarloSampler s = MonteCarloSampler.withSeed(20_000, 11);
    var model = new SettlingModel(s.draw(new Uniform(0.0, 8.0)), Samples.constant(0.0), s);
    assertThat(SettlingRateInterpolation.applies(model.schedule())).isTrue();
    assertMeansMatch(model, List.of(new Span(9, 12.5), new Span(13.5, 17)));
  }

  @Test
  void settlingRatesOverManyOrdersOfMagnitudeAreResolved() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(20_000, 12);
    Samples rates = s.draw(new Uniform(-4, Math.log10(200))).map(x -> Math.pow(10, x));
    var model = new SettlingModel(rates, Samples.constant(0.0), s);
    assertMeansMatch(model, PRESENCE.boundaries());
  }

  @Test
  void aPerSampleBackgroundIsCarriedByTheUnitBackgroundCurves() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(20_000, 13);
    var model = new SettlingModel(s.draw(new Uniform(0.1, 3.0)), s.draw(new Uniform(380, 460)), s);
    assertThat(model.schedule().background.isConstant()).isFalse();
    assertThat(SettlingRateInterpolation.applies(model.schedule())).isTrue();
    assertMeansMatch(model, List.of(new Span(8, 12.5), new Span(13.5, 18)));
  }

  @Test
  void perSampleVentilationIsNotInterpolated() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(2_000, 14);
    var model = new Co2ConcentrationModel(new Room(60),
        new AirChange(PeriodicInterval.ALWAYS_ON, s.draw(new Uniform(0.5, 6.0))),
        new SimplePopulation(Headcount.fixed(3, PRESENCE), s.activity(PhysicalActivity.STANDING)));
    assertThat(SettlingRateInterpolation.applies(model.schedule())).isFalse();
  }

  private static void assertMeansMatch(ConcentrationModel model, List<Span> breathing) {
    double[] times = new double[111];
    for (int q = 0; q < times.length; q++) {
      times[q] = 8 + q * 0.1;
    }
    Samples k = model.normalizationFactor();
    Samples weight = k.map(x -> 1 + x * x);
    var means = model.means(times, breathing, new Samples[] {k}, new Samples[] {weight});
    for (int q = 0; q < times.length; q++) {
      double expected = model.concentration(times[q]).mean();
      assertThat(means.concentrations()[0][q]).as("concentration at %s", times[q])
          .isCloseTo(expected, within(Math.abs(expected) * 1e-9 + 1e-300));
      Samples integral = Samples.constant(0.0);
      for (Span b : breathing) {
        double from = Math.max(b.start(), times[0]);
        double to = Math.min(b.end(), times[q]);
        if (to > from) {
          integral = integral.plus(model.normedIntegratedConcentration(from, to));
        }
      }
      double expectedIntegral = integral.times(weight).mean();
      assertThat(means.cumulativeIntegrals()[0][q]).as("cumulative integral at %s", times[q])
          .isCloseTo(expectedIntegral, within(Math.abs(expectedIntegral) * 1e-9 + 1e-300));
    }
  }

  /** Settling per sample on top of a shared ventilation; the background and normalisation are given. */
  private static final class SettlingModel extends ConcentrationModel {
    private final Samples settling;
    private final Samples background;
    private final Occupants emitters;
    private final Samples normalization;

    SettlingModel(Samples settling, Samples background, MonteCarloSampler s) {
      super(new Room(75), VENTILATION);
      this.settling = settling;
      this.background = background;
      this.emitters = new SimplePopulation(Headcount.fixed(2, PRESENCE), s.activity(PhysicalActivity.SEATED));
      this.normalization = s.draw(new Uniform(0.5, 2.0));
    }

    @Override
    public Occupants emitters() {
      return emitters;
    }

    @Override
    public Samples removalRate(double t) {
      return settling.plus(timeDependentRemoval(t));
    }

    @Override
    protected Samples timeIndependentRemoval() {
      return settling;
    }

    @Override
    protected Samples timeDependentRemoval(double t) {
      return ventilation().airExchange(room(), t).plus(0.63);
    }

    @Override
    public Samples backgroundConcentration() {
      return background.times(normalization);
    }

    @Override
    public Samples normalizationFactor() {
      return normalization;
    }
  }
}
