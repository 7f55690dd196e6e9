package io.caimira.model.distribution;

import io.caimira.model.population.PhysicalActivity;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Reproducibility guarantees of the seeded, chunked random streams. */
class MonteCarloRandomTest {
  private static final int N = 250_000; // production sample size (physics.md §1.17)

  private static List<double[]> drawAll(long seed) {
    MonteCarloRandom rng = MonteCarloRandom.withSeed(seed);
    List<Distribution> ds =
        List.of(
            PhysicalActivity.SEATED.breathingRateDistribution(),
            new Normal(1, 0.5),
            VirusDistributions.INFECTIOUS_DOSE,
            ViralLoads.COVID_OVERALL,
            ConversationalDistance.DISTRIBUTION,
            ViralLoads.SYMPTOMATIC_FREQUENCIES,
            ExpirationDistribution.longRange(ExpirationType.SPEAKING).diameter());
    List<double[]> out = new ArrayList<>();
    for (Distribution d : ds) {
      out.add(d.sample(N, rng).toArray());
    }
    return out;
  }

  @Test
  void sameSeedGivesIdenticalArrays() {
    List<double[]> a = drawAll(42);
    List<double[]> b = drawAll(42);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i)).as("draw %d", i).isEqualTo(a.get(i));
    }
  }

  @Test
  void differentSeedsAndSuccessiveStreamsDiffer() {
    double[] a = new Uniform(0, 1).sample(1000, MonteCarloRandom.withSeed(1)).toArray();
    double[] b = new Uniform(0, 1).sample(1000, MonteCarloRandom.withSeed(2)).toArray();
    MonteCarloRandom rng = MonteCarloRandom.withSeed(1);
    double[] first = new Uniform(0, 1).sample(1000, rng).toArray();
    double[] second = new Uniform(0, 1).sample(1000, rng).toArray();
    assertThat(first).isEqualTo(a);
    assertThat(b).isNotEqualTo(a);
    assertThat(second).isNotEqualTo(first);
    assertThat(rng.streamsUsed()).isEqualTo(2);
  }

  @Test
  void resultIsIndependentOfThreadCount() throws Exception {
    List<double[]> common = drawAll(7);
    ForkJoinPool single = new ForkJoinPool(1);
    ForkJoinPool four = new ForkJoinPool(4);
    try {
      List<double[]> one = single.submit(() -> drawAll(7)).get();
      List<double[]> many = four.submit(() -> drawAll(7)).get();
      for (int i = 0; i < common.size(); i++) {
        assertThat(one.get(i)).as("1 thread, draw %d", i).isEqualTo(common.get(i));
        assertThat(many.get(i)).as("4 threads, draw %d", i).isEqualTo(common.get(i));
      }
    } finally {
      single.shutdown();
      four.shutdown();
    }
  }

  @Test
  void chunksOfOneStreamAreDistinct() {
    RandomStream s = MonteCarloRandom.withSeed(3).nextStream();
    assertThat(s.chunk(0).nextLong()).isNotEqualTo(s.chunk(1).nextLong());
    assertThat(s.chunk(5).nextLong()).isEqualTo(s.chunk(5).nextLong());
  }

  @Test
  void uniformAndGaussianMomentsOfTheGenerator() {
    // Sanity of the primitives; 1e6 draws, tolerance ≈ 5 standard errors.
    ChunkRandom r = ChunkRandom.seeded(11);
    int n = 1_000_000;
    double su = 0;
    double sg = 0;
    double sg2 = 0;
    for (int i = 0; i < n; i++) {
      double u = r.nextDouble();
      assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      su += u;
      double g = r.gaussian();
      sg += g;
      sg2 += g * g;
    }
    NumpyAssertions.assertClose(su / n, 0.5, 0, 5 * Math.sqrt(1.0 / 12 / n), "uniform mean");
    NumpyAssertions.assertClose(sg / n, 0.0, 0, 5 / Math.sqrt(n), "gaussian mean");
    NumpyAssertions.assertClose(sg2 / n, 1.0, 0, 5 * Math.sqrt(2.0 / n), "gaussian variance");
  }

  @Test
  void constantConsumesNoStream() {
    MonteCarloRandom rng = MonteCarloRandom.withSeed(0);
    assertThat(new Constant(2.5).sample(10, rng).scalar()).isEqualTo(2.5);
    assertThat(rng.streamsUsed()).isZero();
  }
}
