package io.caimira.model.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.distribution.LogNormal;
import io.caimira.model.distribution.Uniform;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Variant;
import org.junit.jupiter.api.Test;

/**
 * The mean-only P(I) of the alternative scenarios ({@link InfectionProbability#meanFromDose}) is the mean of the
 * per-sample P(I) ({@link InfectionProbability#fromDose}): the same terms, added in another order (1e-12 relative).
 */
class InfectionProbabilityTest {
  @Test
  void theMeanOnlyPassIsTheMeanOfTheSamples() {
    MonteCarloSampler sampler = MonteCarloSampler.withSeed(100_003, 5);
    var virus = sampler.virus(Variant.SARS_CoV_2_OMICRON);
    // doses spread over six decades, so that every branch of 1 − e^(−x) is taken
    Samples dose = sampler.draw(new LogNormal(0, 3));
    for (Samples immunity : new Samples[] {Samples.constant(0), sampler.draw(new Uniform(0, 0.9))}) {
      double mean = InfectionProbability.fromDose(dose, immunity, virus).mean();
      assertThat(InfectionProbability.meanFromDose(dose, immunity, virus)).isCloseTo(mean, within(1e-12 * mean));
    }
  }
}
