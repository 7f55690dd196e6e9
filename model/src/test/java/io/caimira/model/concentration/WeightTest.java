package io.caimira.model.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.distribution.Uniform;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A product weight formed block by block gives the same means, bit for bit, as the product formed as a whole array
 * beforehand (each element is the same single multiplication), on each path of {@link ConcentrationModel#means}.
 */
class WeightTest {
  private static final double[] TIMES = {8, 9, 9.5, 10.25, 12, 13, 15, 17.5, 18};
  private static final List<Span> BREATHING = List.of(new Span(9, 12), new Span(13, 17));

  @Test
  void blockwiseProductsEqualWholeArrayProductsOnEveryPath() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(20_000, 11);
    SpecificInterval presence = SpecificInterval.of(9, 12, 13, 18);
    var population = new SimplePopulation(Headcount.fixed(4, presence), s.activity(PhysicalActivity.SEATED));
    Samples perSampleRates = s.draw(new Uniform(0.5, 6.0));
    List<ConcentrationModel> models = List.of(
        // the same dynamics for every sample: closed form
        new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, 2.0), population),
        // a removal rate per sample: Chebyshev interpolation over the rates, or the exact walk of each sample
        new Co2ConcentrationModel(new Room(60), new AirChange(PeriodicInterval.ALWAYS_ON, perSampleRates),
            population));
    Samples multiplier = s.draw(new Uniform(0.025, 1.0));
    for (ConcentrationModel model : models) {
      Samples k = model.normalizationFactor();
      Samples factor = k.map(x -> 3 * x + 1);
      var whole = model.means(TIMES, BREATHING, new Samples[] {k, k.times(multiplier)},
          new Samples[] {factor.times(multiplier), factor});
      var blockwise = model.means(TIMES, BREATHING,
          new Weight[] {Weight.of(k), Weight.product(k, multiplier)},
          new Weight[] {Weight.product(factor, multiplier), Weight.of(factor)});
      assertThat(blockwise.concentrations()).isDeepEqualTo(whole.concentrations());
      assertThat(blockwise.cumulativeIntegrals()).isDeepEqualTo(whole.cumulativeIntegrals());
    }
  }

  @Test
  void aProductCopiesAndAnswersItsElements() {
    Weight w = Weight.product(Samples.of(1, 2, 3, 4), Samples.of(0.5, 0.25, 0.125, 0.0625));
    double[] block = new double[2];
    w.copyTo(block, 1, 3);
    assertThat(block).containsExactly(0.5, 0.375);
    assertThat(w.get(3)).isEqualTo(0.25);
    assertThat(w.size()).isEqualTo(4);
    assertThat(Weight.product(Samples.constant(6), Samples.of(0.5, 2)).toSamples()).isEqualTo(Samples.of(3, 12));
    assertThat(Weight.product(Samples.of(3, 4), Samples.constant(2)).toSamples()).isEqualTo(Samples.of(6, 8));
    assertThat(Weight.of(Samples.constant(6)).size()).isEqualTo(1);
  }
}
