package io.caimira.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.MaskType;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.sample.Samples;
import io.caimira.model.weather.GenevaClimate;
import org.junit.jupiter.api.Test;

/**
 * A full scenario (the small shared office in Geneva in July, Type I masks: sampled breathing rates, viral load,
 * infectious dose, viable ratio and diameters; window ventilation with hourly temperatures) built twice with the
 * same seed gives bit-identical probabilities of infection; another seed gives different samples whose mean agrees
 * within the Monte-Carlo tolerance of the scenario tests (rtol 0.05).
 */
class ReproducibilityTest {
  static final int SAMPLE_SIZE = 250_000;

  static Samples probability(long seed) {
    ExposureModel model = MonteCarloFullModelsTest.smallOffice(MaskType.TYPE_I, GenevaClimate.refinedTable(7))
        .build(SAMPLE_SIZE, seed);
    return model.infectionProbability();
  }

  @Test
  void sameSeedGivesIdenticalProbabilities() {
    Samples first = probability(42);
    Samples second = probability(42);
    assertThat(first.size()).isEqualTo(SAMPLE_SIZE);
    assertThat(first.toArray()).containsExactly(second.toArray());
  }

  @Test
  void differentSeedsGiveDifferentSamplesWithConsistentMeans() {
    Samples first = probability(42);
    Samples other = probability(43);
    assertThat(first.toArray()).isNotEqualTo(other.toArray());
    assertThat(Math.abs(first.mean() - other.mean()))
        .as("means %s and %s (rtol 0.05)", first.mean(), other.mean())
        .isLessThanOrEqualTo(0.05 * first.mean());
  }
}
