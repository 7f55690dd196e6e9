package io.caimira.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.sample.Samples;
import java.util.Map;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * A kernel with an exclusive lower bound (the particle diameter must stay positive): no sample at or below the
 * bound, the rest distributed as the truncated kernel, and the numbers of the unbounded kernel whenever no draw
 * had to be repeated (so that upstream's values are unchanged).
 */
class BoundedKernelTest {
  private static final int N = 200_000;

  @Test
  void samplesStayAboveTheBoundAndFollowTheTruncatedKernel() {
    // one point at 0.05 with bandwidth 0.1: the unbounded kernel is negative for 31 % of its samples
    CustomKernel bounded = new CustomKernel(new double[] {0.05}, new double[] {1}, 0.1, 0.0);
    Samples s = bounded.sample(N, MonteCarloRandom.withSeed(11));
    NormalDistribution normal = new NormalDistribution(0.05, 0.1);
    double above = 1 - normal.cumulativeProbability(0);
    double expectedBelowPoint = (normal.cumulativeProbability(0.05) - normal.cumulativeProbability(0)) / above;
    int belowPoint = 0;
    for (int i = 0; i < N; i++) {
      assertThat(s.get(i)).isGreaterThan(0.0);
      if (s.get(i) < 0.05) {
        belowPoint++;
      }
    }
    // binomial standard error √(p(1−p)/N) ≈ 0.001: 5 of them
    assertThat((double) belowPoint / N).isCloseTo(expectedBelowPoint, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void withoutRepeatedDrawsTheNumbersAreTheUnboundedKernels() {
    double[] points = {1, 2, 3};
    double[] weights = {1, 2, 1};
    Samples unbounded = new CustomKernel(points, weights, 0.1).sample(50_000, MonteCarloRandom.withSeed(5));
    Samples bounded = new CustomKernel(points, weights, 0.1, 0.0).sample(50_000, MonteCarloRandom.withSeed(5));
    assertThat(bounded.toArray()).containsExactly(unbounded.toArray());
  }

  @Test
  void particleDiametersArePositive() {
    CustomKernel diameter = ExpirationDistribution
        .longRange(Map.of(ExpirationType.SPEAKING, 1, ExpirationType.BREATHING, 2)).diameter();
    assertThat(diameter.lowerBound()).isEqualTo(0.0);
    assertThat(ExpirationDistribution.shortRange(ExpirationType.SHOUTING).diameter().lowerBound()).isEqualTo(0.0);
  }

  @Test
  void theBoundMustLieBelowAPoint() {
    assertThatThrownBy(() -> new CustomKernel(new double[] {1, 2}, new double[] {1, 1}, 0.1, 2.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
