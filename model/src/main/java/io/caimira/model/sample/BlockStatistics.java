package io.caimira.model.sample;

import io.caimira.model.numeric.FixedOrderSums;
import io.caimira.model.work.ParallelBlocks;

/**
 * The statistics of a sample array gathered block by block ({@link ParallelBlocks#BLOCK} samples a block): each
 * block's sum (four interleaved partial sums, as {@link FixedOrderSums#sum}), extremes and sum of squared
 * deviations from the block's own mean (in the same pass, from the squares about the block's first value). Code that
 * fills an array block by block records each block right after writing it, while it is still in the cache, so that
 * the summary needs no pass over the whole array afterwards.
 *
 * <p>The blocks are combined in block order: the sum of the block sums gives the same mean, bit for bit, as
 * {@link Samples#mean()}, and the squared deviations from the overall mean are those of the blocks plus nᵦ·(meanᵦ −
 * mean)² each (Chan, Golub &amp; LeVeque's pairwise update), so the result does not depend on which thread
 * recorded which block. Distinct blocks may be recorded from different threads; the summary must be asked for
 * after every block is recorded (and after the recording threads have been joined).
 */
public final class BlockStatistics {
  private final int size;
  private final double[] sums;
  private final double[] lows;
  private final double[] highs;
  private final double[] squares;
  private final boolean[] recorded;
  /**
   * The largest ratio of n·(mean − shift)² to the squared deviations for which the one-pass form is kept: it then
   * loses at most ten of the 53 bits of the sum of squares (a relative 1e-13, against Monte-Carlo noise of 1e-3).
   */
  private static final double SHIFT_TOLERANCE = 1024;

  private BlockStatistics(int size) {
    int blocks = blocks(size);
    this.size = size;
    this.sums = new double[blocks];
    this.lows = new double[blocks];
    this.highs = new double[blocks];
    this.squares = new double[blocks];
    this.recorded = new boolean[blocks];
  }

  /** Empty statistics for an array of {@code size} samples. */
  public static BlockStatistics forSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("Statistics need at least one sample: " + size);
    }
    return new BlockStatistics(size);
  }

  /** The summary of {@code values}, block by block on both cores. */
  static Samples.Summary of(double[] values) {
    BlockStatistics stats = forSize(values.length);
    ParallelBlocks.run(values.length, (from, to) -> stats.record(values, from, to));
    return stats.summary();
  }

  /**
   * Records the block [from, to) of {@code values}: {@code from} must start a block and {@code to} end it (or the
   * array).
   */
  public void record(double[] values, int from, int to) {
    if (from % ParallelBlocks.BLOCK != 0 || to != Math.min(size, from + ParallelBlocks.BLOCK)) {
      throw new IllegalArgumentException("Not a block of " + size + " samples: [" + from + ", " + to + ")");
    }
    // one pass: the four partial sums of FixedOrderSums.sum, four of the squares about the block's first value, and
    // the extremes as branches, which a sample seldom takes (a comparison of two samples, or Math.min, is several
    // times slower here)
    double shift = values[from];
    if (!Double.isFinite(shift)) {
      shift = 0; // the sums are not finite either; the summary is then NaN or infinite whatever the shift
    }
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double q0 = 0;
    double q1 = 0;
    double q2 = 0;
    double q3 = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int i = from;
    for (; i + 3 < to; i += 4) {
      double a = values[i];
      double b = values[i + 1];
      double c = values[i + 2];
      double d = values[i + 3];
      s0 += a;
      s1 += b;
      s2 += c;
      s3 += d;
      double da = a - shift;
      double db = b - shift;
      double dc = c - shift;
      double dd = d - shift;
      q0 += da * da;
      q1 += db * db;
      q2 += dc * dc;
      q3 += dd * dd;
      if (a < lo) {
        lo = a;
      }
      if (a > hi) {
        hi = a;
      }
      if (b < lo) {
        lo = b;
      }
      if (b > hi) {
        hi = b;
      }
      if (c < lo) {
        lo = c;
      }
      if (c > hi) {
        hi = c;
      }
      if (d < lo) {
        lo = d;
      }
      if (d > hi) {
        hi = d;
      }
    }
    for (; i < to; i++) {
      double a = values[i];
      s0 += a;
      double da = a - shift;
      q0 += da * da;
      if (a < lo) {
        lo = a;
      }
      if (a > hi) {
        hi = a;
      }
    }
    int b = from / ParallelBlocks.BLOCK;
    int count = to - from;
    double sum = (s0 + s1) + (s2 + s3);
    double mean = sum / count;
    // Σ(v − mean)² = Σ(v − shift)² − n·(mean − shift)²; when the second term is large against the result (a first
    // value far out in the block's tail) the subtraction would lose digits: then a second pass about the mean
    double offset = count * (mean - shift) * (mean - shift);
    double squares = ((q0 + q1) + (q2 + q3)) - offset;
    if (!(squares >= 0) || offset > SHIFT_TOLERANCE * squares) {
      squares = FixedOrderSums.sumOfSquares(values, from, to, mean);
    }
    sums[b] = sum;
    lows[b] = lo;
    highs[b] = hi;
    this.squares[b] = squares;
    recorded[b] = true;
  }

  /**
   * Mean, population standard deviation, minimum and maximum of the recorded array (all NaN when the mean is NaN:
   * a NaN sample, or infinite samples of both signs).
   */
  public Samples.Summary summary() {
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int b = 0; b < sums.length; b++) {
      if (!recorded[b]) {
        throw new IllegalStateException("Block " + b + " of " + sums.length + " was not recorded");
      }
      sum += sums[b];
      lo = Math.min(lo, lows[b]);
      hi = Math.max(hi, highs[b]);
    }
    double mean = sum / size;
    if (Double.isNaN(mean)) {
      return new Samples.Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double deviations = 0;
    for (int b = 0; b < sums.length; b++) {
      int count = Math.min(size, (b + 1) * ParallelBlocks.BLOCK) - b * ParallelBlocks.BLOCK;
      double shift = sums[b] / count - mean;
      deviations += squares[b] + count * shift * shift;
    }
    return new Samples.Summary(mean, Math.sqrt(deviations / size), lo, hi);
  }

  private static int blocks(int n) {
    return (n + ParallelBlocks.BLOCK - 1) / ParallelBlocks.BLOCK;
  }
}
