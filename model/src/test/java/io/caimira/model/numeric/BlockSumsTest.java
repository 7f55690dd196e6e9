package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.work.ParallelBlocks;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class BlockSumsTest {
  private static double[] values(int n) {
    SplittableRandom random = new SplittableRandom(7);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble() * Math.exp(20 * random.nextDouble());
    }
    return v;
  }

  private static double[] sumsOf(double[] v) {
    return BlockSums.of(v.length, 2, (from, to, sums) -> {
      for (int i = from; i < to; i++) {
        sums[0] += v[i];
        sums[1] += v[i] * v[i];
      }
    });
  }

  @Test
  void formsEverySumOverAllElements() {
    double[] v = values(250_000);
    double plain = 0;
    double squares = 0;
    for (double x : v) {
      plain += x;
      squares += x * x;
    }
    double[] sums = sumsOf(v);
    // the same terms added in another order: equal to rounding (relative 1e-12 for 250 000 positive terms)
    assertThat(sums[0]).isCloseTo(plain, within(plain * 1e-12));
    assertThat(sums[1]).isCloseTo(squares, within(squares * 1e-12));
  }

  @Test
  void sameBitsWhateverTheThreads() throws Exception {
    double[] v = values(3 * ParallelBlocks.BLOCK + 17);
    double[] parallel = sumsOf(v);
    double[] oneThread = new ForkJoinPool(1).submit(() -> sumsOf(v)).get();
    assertThat(oneThread).containsExactly(parallel);
    assertThat(sumsOf(v)).containsExactly(parallel);
  }

  @Test
  void smallAndEmptyRanges() {
    assertThat(BlockSums.of(0, 1, (from, to, sums) -> sums[0] += to - from)).containsExactly(0.0);
    assertThat(BlockSums.of(5, 1, (from, to, sums) -> sums[0] += to - from)).containsExactly(5.0);
  }
}
