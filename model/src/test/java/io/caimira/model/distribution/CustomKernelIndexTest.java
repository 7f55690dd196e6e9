package io.caimira.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The kernel's point choice (a guide table over the cumulative weights) against a plain scan: the first index whose
 * cumulative weight is ≥ u·total, for random uniforms u and for the uniforms at and next to every cumulative
 * weight's fraction of the total.
 */
class CustomKernelIndexTest {

  @Test
  void guidedSearchFindsTheSameIndexAsAScan() {
    SplittableRandom random = new SplittableRandom(3);
    for (int size : new int[] {1, 2, 7, 100, 1234}) {
      double[] points = new double[size];
      double[] weights = new double[size];
      for (int i = 0; i < size; i++) {
        points[i] = i;
        // skewed, with zero weights in runs (equal cumulative sums)
        weights[i] = random.nextInt(5) == 0 ? 0.0 : Math.pow(random.nextDouble(), 6);
      }
      weights[size - 1] = Math.max(weights[size - 1], 1e-3);
      CustomKernel kernel = new CustomKernel(points, weights, 0.1);
      double[] cumulative = new double[size];
      double sum = 0;
      for (int i = 0; i < size; i++) {
        sum += weights[i];
        cumulative[i] = sum;
      }
      for (int k = 0; k < 20_000; k++) {
        double u = random.nextDouble();
        assertThat(kernel.indexAt(u)).as("size %s u %s", size, u).isEqualTo(scan(cumulative, u * sum));
      }
      for (double c : cumulative) {
        double fraction = c / sum;
        for (double u : new double[] {fraction, Math.nextDown(fraction), Math.nextUp(fraction)}) {
          if (u >= 0 && u < 1) {
            assertThat(kernel.indexAt(u)).as("size %s u %s", size, u).isEqualTo(scan(cumulative, u * sum));
          }
        }
      }
      assertThat(kernel.indexAt(0.0)).isEqualTo(scan(cumulative, 0.0));
      assertThat(kernel.indexAt(Math.nextDown(1.0))).isEqualTo(scan(cumulative, Math.nextDown(1.0) * sum));
    }
  }

  private static int scan(double[] cumulative, double target) {
    for (int i = 0; i < cumulative.length; i++) {
      if (cumulative[i] >= target) {
        return i;
      }
    }
    return cumulative.length - 1;
  }
}
