package io.caimira.model.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.work.ParallelBlocks;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockStatistics}: the summary gathered block by block is the textbook one (the mean bit for bit as
 * {@link Samples#mean()} sums it), whatever the order and the threads in which the blocks are recorded.
 */
class BlockStatisticsTest {
  private static final int BLOCK = ParallelBlocks.BLOCK;

  private static double[] values(int n, long seed, double offset, double spread) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = offset + spread * r.nextGaussian();
    }
    return v;
  }

  private static BlockStatistics recordAll(double[] v, boolean reversed) {
    BlockStatistics stats = BlockStatistics.forSize(v.length);
    int blocks = (v.length + BLOCK - 1) / BLOCK;
    for (int k = 0; k < blocks; k++) {
      int b = reversed ? blocks - 1 - k : k;
      stats.record(v, b * BLOCK, Math.min(v.length, (b + 1) * BLOCK));
    }
    return stats;
  }

  @Test
  void theSummaryIsTheTextbookOneAndTheMeanIsTheSamplesMean() {
    for (int n : new int[] {1, 2, 5, BLOCK - 1, BLOCK, BLOCK + 1, 250_000}) {
      for (double offset : new double[] {3, 1e9}) {
        double[] v = values(n, n, offset, 2);
        double mean = 0;
        for (double x : v) {
          mean += x;
        }
        mean /= n;
        double squares = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
          squares += (x - mean) * (x - mean);
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
        }
        double sd = Math.sqrt(squares / n);
        Samples.Summary s = recordAll(v, false).summary();
        // the plain sum above adds in another order: 1e-12 of the mean covers its rounding; the sd is the spread
        // of values offset by up to 1e9, whose squares carry that rounding as well (1e-6 of the sd of 2)
        assertThat(s.mean()).as("n %d", n).isEqualTo(Samples.of(v).mean())
            .isCloseTo(mean, within(1e-12 * Math.abs(mean)));
        assertThat(s.sd()).as("n %d, offset %s", n, offset).isCloseTo(sd, within(offset > 1e3 ? 1e-6 : 1e-12 * sd));
        assertThat(s.min()).isEqualTo(lo);
        assertThat(s.max()).isEqualTo(hi);
      }
    }
  }

  /** The population sd of {@code v} by two passes: the mean, then the squared deviations from it. */
  private static double twoPassSd(double[] v) {
    double mean = Samples.of(v).mean();
    double squares = 0;
    for (double x : v) {
      squares += (x - mean) * (x - mean);
    }
    return Math.sqrt(squares / v.length);
  }

  @Test
  void aBlockWhoseFirstValueIsFarInTheTailKeepsItsDigits() {
    // the one-pass squares are taken about a block's first value: a first value 1e6 sds away (and log-normal
    // samples spread over ten decades, as viral loads are) must still give the two-pass sd to 1e-12
    double[] far = values(2 * BLOCK + 7, 11, 5, 1);
    far[0] = 1e6;
    far[BLOCK] = -1e6;
    assertThat(recordAll(far, false).summary().sd()).isCloseTo(twoPassSd(far), within(1e-12 * twoPassSd(far)));

    SplittableRandom r = new SplittableRandom(12);
    double[] spread = new double[3 * BLOCK];
    for (int i = 0; i < spread.length; i++) {
      spread[i] = Math.pow(10, 5 + 2 * r.nextGaussian());
    }
    assertThat(recordAll(spread, false).summary().sd())
        .isCloseTo(twoPassSd(spread), within(1e-12 * twoPassSd(spread)));
  }

  @Test
  void theOrderAndTheThreadsOfTheBlocksDoNotChangeTheResult() {
    double[] v = values(250_001, 9, -4, 0.5);
    Samples.Summary inOrder = recordAll(v, false).summary();
    assertThat(recordAll(v, true).summary()).isEqualTo(inOrder);
    BlockStatistics parallel = BlockStatistics.forSize(v.length);
    IntStream.range(0, (v.length + BLOCK - 1) / BLOCK).parallel()
        .forEach(b -> parallel.record(v, b * BLOCK, Math.min(v.length, (b + 1) * BLOCK)));
    assertThat(parallel.summary()).isEqualTo(inOrder);
    assertThat(BlockStatistics.of(v)).isEqualTo(inOrder);
  }

  @Test
  void nonFiniteSamplesGiveWhatTheTwoPassFormulaGives() {
    double[] nan = values(BLOCK + 10, 1, 0, 1);
    nan[BLOCK + 3] = Double.NaN;
    Samples.Summary s = recordAll(nan, false).summary();
    assertThat(new double[] {s.mean(), s.sd(), s.min(), s.max()}).containsOnly(Double.NaN);

    double[] infinite = values(BLOCK + 10, 1, 0, 1);
    infinite[5] = Double.POSITIVE_INFINITY;
    Samples.Summary t = recordAll(infinite, false).summary();
    assertThat(t.mean()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(t.max()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(t.sd()).isNaN();
  }

  @Test
  void blocksMustBeWholeAndAllRecorded() {
    double[] v = values(2 * BLOCK + 1, 2, 0, 1);
    BlockStatistics stats = BlockStatistics.forSize(v.length);
    assertThatThrownBy(() -> stats.record(v, 1, BLOCK + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stats.record(v, 0, BLOCK - 1)).isInstanceOf(IllegalArgumentException.class);
    stats.record(v, 0, BLOCK);
    stats.record(v, 2 * BLOCK, 2 * BLOCK + 1);
    assertThatThrownBy(stats::summary).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Block 1 of 3");
    assertThatThrownBy(() -> BlockStatistics.forSize(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void adoptedSamplesAnswerTheRecordedSummary() {
    double[] v = values(40_000, 3, 1, 1);
    Samples s = Samples.adopt(v.clone(), recordAll(v, true));
    Samples plain = Samples.of(v);
    assertThat(s.summary()).isEqualTo(plain.summary());
    assertThat(s.mean()).isEqualTo(plain.mean());
    assertThat(s.std()).isEqualTo(plain.std());
  }
}
