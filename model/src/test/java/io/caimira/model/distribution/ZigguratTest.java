package io.caimira.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The ziggurat's deviates against the standard normal's exact tail probabilities (Hipparchus). Tolerance: 5
 * binomial standard errors at 4 000 000 draws, which a correct generator exceeds with probability below 1e-6 per
 * threshold; a wrong layer table or tail method shifts these probabilities by far more (a missing tail removes
 * all of the 5.8e-4 beyond R).
 */
class ZigguratTest {
  private static final int DRAWS = 4_000_000;

  @Test
  void tailProbabilitiesAreTheNormals() {
    double[] thresholds = {0.25, 0.5, 1, 1.5, 2, 2.5, 3, Ziggurat.R, 3.7, 4.2};
    long[] beyond = new long[thresholds.length];
    long negative = 0;
    ChunkRandom random = ChunkRandom.seeded(20_261_205);
    for (int i = 0; i < DRAWS; i++) {
      double g = random.gaussian();
      negative += g < 0 ? 1 : 0;
      for (int k = 0; k < thresholds.length; k++) {
        beyond[k] += Math.abs(g) > thresholds[k] ? 1 : 0;
      }
    }
    NormalDistribution normal = new NormalDistribution();
    for (int k = 0; k < thresholds.length; k++) {
      double p = 2 * normal.cumulativeProbability(-thresholds[k]);
      double observed = beyond[k] / (double) DRAWS;
      assertThat(Math.abs(observed - p))
          .as("P(|Z| > %s): %s drawn, %s exact", thresholds[k], observed, p)
          .isLessThanOrEqualTo(5 * Math.sqrt(p * (1 - p) / DRAWS));
    }
    assertThat(Math.abs(negative / (double) DRAWS - 0.5)).isLessThanOrEqualTo(5 * Math.sqrt(0.25 / DRAWS));
  }

  @Test
  void layersCoverTheHalfDensityFromTheBaseToTheTop() {
    double[] x = Ziggurat.layerEnds();
    assertThat(x).hasSize(Ziggurat.LAYERS + 1);
    assertThat(x[1]).isEqualTo(Ziggurat.R);
    assertThat(x[Ziggurat.LAYERS]).isZero();
    for (int i = 1; i < Ziggurat.LAYERS; i++) {
      assertThat(x[i + 1]).as("layer %s", i).isLessThan(x[i]);
    }
    // the top layer's rectangle [0, x_127] × [f(x_127), 1] has the common area (table accuracy of R and AREA)
    double top = x[Ziggurat.LAYERS - 1] * (1 - Math.exp(-0.5 * x[Ziggurat.LAYERS - 1] * x[Ziggurat.LAYERS - 1]));
    assertThat(top).isCloseTo(Ziggurat.AREA, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void theSameSeedGivesTheSameDeviates() {
    ChunkRandom a = ChunkRandom.seeded(5);
    ChunkRandom b = ChunkRandom.seeded(5);
    for (int i = 0; i < 100_000; i++) {
      assertThat(a.gaussian()).isEqualTo(b.gaussian());
    }
  }
}
