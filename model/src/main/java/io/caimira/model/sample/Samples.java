package io.caimira.model.sample;

import io.caimira.model.numeric.BlockSums;
import io.caimira.model.numeric.FixedOrderSums;

import io.caimira.model.work.Cancellation;
import io.caimira.model.work.ParallelBlocks;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable vectorised quantity: either one value that applies to every Monte-Carlo sample (a constant),
 * or one value per sample. Binary operations broadcast a constant against a per-sample array.
 *
 * <p>The backing array is never exposed for writing: {@link #get(int)} reads an element (a constant answers
 * the same value for every index), {@link #toArray()} returns a copy. Code that builds a fresh array and hands
 * it over uses {@link #adopt(double[])} to avoid a copy.
 */
public final class Samples {
  /** The element-wise maps check for cancellation every 4096 elements (mask). */
  private static final int CHECK_EVERY = 4095;
  private static final Samples ZERO = new Samples(new double[] {0.0});
  private static final Samples ONE = new Samples(new double[] {1.0});

  /** The samples; for a deferred instance null until its draw has been awaited, then set once. */
  private volatile double[] array;
  /** The draw that gives the samples of a deferred instance; null for the others. */
  private final Deferred deferred;
  private final int size;
  /** {@link #summary()}, once asked for (the same samples are often summarised more than once in a report). */
  private volatile Summary summary;

  private Samples(double[] values) {
    this.array = values;
    this.deferred = null;
    this.size = values.length;
  }

  private Samples(Deferred deferred) {
    this.deferred = deferred;
    this.size = deferred.size();
  }

  /**
   * Samples that are still being drawn (on another thread): the first operation that needs them waits for the draw
   * (or makes it, if no thread has started it). The size is known at once.
   */
  public static Samples deferred(Deferred draw) {
    if (draw.size() < 1) {
      throw new IllegalArgumentException("Samples need at least one value");
    }
    return new Samples(draw);
  }

  /** A draw that will give the samples of a {@link #deferred} instance. */
  public interface Deferred {
    /** The number of samples it gives. */
    int size();

    /**
     * The samples, waiting for them (or computing them) if needed; the same array at every call, safe to call from
     * any thread.
     */
    double[] await();
  }

  /** The samples, waiting for a deferred draw the first time. */
  private double[] values() {
    double[] v = array;
    if (v == null) {
      v = deferred.await();
      array = v;
    }
    return v;
  }

  /** One value for every sample. */
  public static Samples constant(double value) {
    if (value == 0.0 && Double.doubleToRawLongBits(value) == 0L) {
      return ZERO;
    }
    if (value == 1.0) {
      return ONE;
    }
    return new Samples(new double[] {value});
  }

  /** One value per sample; the array is copied. A single-element array makes a constant. */
  public static Samples of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Samples need at least one value");
    }
    return new Samples(values.clone());
  }

  /**
   * One value per sample, taking ownership of {@code values}: the caller must not modify the array afterwards.
   */
  public static Samples adopt(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Samples need at least one value");
    }
    return new Samples(values);
  }



  public boolean isConstant() {
    return size == 1;
  }

  /** Number of samples held (1 for a constant). */
  public int size() {
    return size;
  }

  /**
   * The samples for a loop that reads them element by element: {@link Reader#get(int)} is a plain array access,
   * where {@link #get(int)} reads this instance's field again at every call (it may be filled by a draw on another
   * thread), which keeps the compiler from simplifying the loop.
   */
  public Reader reader() {
    return new Reader(values());
  }

  /** Read access to resolved samples (see {@link #reader()}); a constant answers its value for any index. */
  public static final class Reader {
    private final double[] values;
    private final boolean constant;

    private Reader(double[] values) {
      this.values = values;
      this.constant = values.length == 1;
    }

    /** The value of sample {@code i}. */
    public double get(int i) {
      return constant ? values[0] : values[i];
    }
  }

  /** The value of sample {@code i}; a constant answers its value for any index. */
  public double get(int i) {
    double[] values = values();
    return values.length == 1 ? values[0] : values[i];
  }

  /** The value of a constant. */
  public double scalar() {
    double[] values = values();
    if (values.length != 1) {
      throw new IllegalStateException("Not a constant: " + values.length + " samples");
    }
    return values[0];
  }

  /** Writes samples [from, to) into {@code target} starting at index 0 (a constant fills them all). */
  public void copyTo(double[] target, int from, int to) {
    double[] values = values();
    if (values.length == 1) {
      java.util.Arrays.fill(target, 0, to - from, values[0]);
    } else {
      System.arraycopy(values, from, target, 0, to - from);
    }
  }

  /**
   * Divides {@code target[0 .. to − from)} in place by samples [from, to) (by the value of a constant): a quotient
   * formed block by block instead of as a whole array.
   */
  public void divideSlice(double[] target, int from, int to) {
    double[] values = values();
    if (values.length == 1) {
      double v = values[0];
      for (int k = 0; k < to - from; k++) {
        target[k] /= v;
      }
    } else {
      for (int k = 0; k < to - from; k++) {
        target[k] /= values[from + k];
      }
    }
  }

  /** The smallest sample (NaN if any sample is NaN). */
  public double min() {
    double[] values = values();
    double m = Double.POSITIVE_INFINITY;
    boolean nan = false;
    for (double v : values) {
      m = v < m ? v : m;
      nan |= v != v;
    }
    return nan ? Double.NaN : m;
  }

  /** The largest sample (NaN if any sample is NaN). */
  public double max() {
    double[] values = values();
    double m = Double.NEGATIVE_INFINITY;
    boolean nan = false;
    for (double v : values) {
      m = v > m ? v : m;
      nan |= v != v;
    }
    return nan ? Double.NaN : m;
  }

  public double[] toArray() {
    double[] values = values();
    return values.clone();
  }

  /** The size several operands broadcast to. */
  public static int broadcastSize(Samples first, Samples... others) {
    int n = first.size;
    for (Samples o : others) {
      int m = o.size;
      if (m != 1 && n != 1 && m != n) {
        throw new IllegalArgumentException("Sample sizes do not match: " + n + " and " + m);
      }
      n = Math.max(n, m);
    }
    return n;
  }

  public Samples map(DoubleUnaryOperator f) {
    double[] values = values();
    double[] out = new double[values.length];
    Thread owner = Cancellation.owner();
    for (int i = 0; i < out.length; i++) {
      if ((i & CHECK_EVERY) == 0) {
        Cancellation.check(owner);
      }
      out[i] = f.applyAsDouble(values[i]);
    }
    return new Samples(out);
  }

  public Samples zip(Samples other, DoubleBinaryOperator f) {
    int n = broadcastSize(this, other);
    double[] out = new double[n];
    Reader left = reader();
    Reader right = other.reader();
    Thread owner = Cancellation.owner();
    for (int i = 0; i < n; i++) {
      if ((i & CHECK_EVERY) == 0) {
        Cancellation.check(owner);
      }
      out[i] = f.applyAsDouble(left.get(i), right.get(i));
    }
    return new Samples(out);
  }

  public Samples times(Samples other) {
    double[] values = values();
    if (other.isConstant()) {
      return times(other.values()[0]);
    }
    if (isConstant()) {
      return other.times(values[0]);
    }
    double[] a = values;
    double[] b = other.values();
    double[] out = new double[broadcastSize(this, other)];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] * b[i];
    }
    return new Samples(out);
  }

  /**
   * this × (b × c) in one pass, without the array of b × c (the same numbers as {@code times(b.times(c))}).
   */
  public Samples timesProduct(Samples b, Samples c) {
    if (b.isConstant() && c.isConstant()) {
      return times(b.times(c));
    }
    int n = broadcastSize(this, b, c);
    double[] out = new double[n];
    Reader x = reader();
    Reader y = b.reader();
    Reader z = c.reader();
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = x.get(i) * (y.get(i) * z.get(i));
      }
    });
    return new Samples(out);
  }

  public Samples times(double factor) {
    double[] values = values();
    if (factor == 1.0) {
      return this;
    }
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] * factor;
    }
    return new Samples(out);
  }

  public Samples plus(Samples other) {
    double[] values = values();
    if (other.isConstant()) {
      return plus(other.values()[0]);
    }
    if (isConstant()) {
      return other.plus(values[0]);
    }
    double[] a = values;
    double[] b = other.values();
    double[] out = new double[broadcastSize(this, other)];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] + b[i];
    }
    return new Samples(out);
  }

  public Samples plus(double term) {
    double[] values = values();
    if (term == 0.0) {
      return this;
    }
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] + term;
    }
    return new Samples(out);
  }

  public Samples minus(Samples other) {
    double[] values = values();
    if (isConstant() || other.isConstant()) {
      return zip(other, (a, b) -> a - b);
    }
    double[] a = values;
    double[] b = other.values();
    double[] out = new double[broadcastSize(this, other)];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] - b[i];
    }
    return new Samples(out);
  }

  public Samples dividedBy(Samples other) {
    double[] values = values();
    if (isConstant() || other.isConstant()) {
      return zip(other, (a, b) -> a / b);
    }
    double[] a = values;
    double[] b = other.values();
    double[] out = new double[broadcastSize(this, other)];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] / b[i];
    }
    return new Samples(out);
  }

  /**
   * Arithmetic mean over the samples (the value itself for a constant): a sum formed block by block
   * ({@link ParallelBlocks#BLOCK} samples, four interleaved partial sums in each), on both cores, the blocks' sums
   * added in block order (the same result on every run).
   */
  public double mean() {
    double[] values = values();
    if (values.length == 1) {
      return values[0];
    }
    return blockedSum(values) / values.length;
  }

  /** Population standard deviation (divides by N), 0 for a constant: two passes, as {@link #mean()} sums. */
  public double std() {
    double[] values = values();
    if (values.length == 1) {
      return 0.0;
    }
    double m = mean();
    return Math.sqrt(blockedSumOfSquares(values, m) / values.length);
  }

  /** Mean, population standard deviation, minimum and maximum, as computed by the methods of those names. */
  public record Summary(double mean, double sd, double min, double max) {}

  /**
   * {@link #mean()}, {@link #std()}, {@link #min()} and {@link #max()} in two passes over the samples instead of
   * five (the same numbers; all NaN when the mean is NaN), computed once per instance.
   */
  public Summary summary() {
    Summary known = summary;
    if (known == null) {
      known = computeSummary();
      summary = known;
    }
    return known;
  }

  private Summary computeSummary() {
    double[] v = values();
    if (v.length == 1) {
      return new Summary(v[0], 0.0, v[0], v[0]);
    }
    int n = v.length;
    // per block: the sum as blockedSum forms it, the minimum and the maximum
    double[][] perBlock = new double[blocks(n)][];
    ParallelBlocks.run(n, (from, to) -> {
      // the four partial sums of FixedOrderSums.sum(v, from, to), with the extremes in the same pass
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      double lo0 = Double.POSITIVE_INFINITY;
      double lo1 = lo0;
      double hi0 = Double.NEGATIVE_INFINITY;
      double hi1 = hi0;
      int i = from;
      for (; i + 3 < to; i += 4) {
        double a = v[i];
        double b = v[i + 1];
        double c = v[i + 2];
        double d = v[i + 3];
        s0 += a;
        s1 += b;
        s2 += c;
        s3 += d;
        double abLow = a < b ? a : b;
        double cdLow = c < d ? c : d;
        double abHigh = a > b ? a : b;
        double cdHigh = c > d ? c : d;
        lo0 = abLow < lo0 ? abLow : lo0;
        lo1 = cdLow < lo1 ? cdLow : lo1;
        hi0 = abHigh > hi0 ? abHigh : hi0;
        hi1 = cdHigh > hi1 ? cdHigh : hi1;
      }
      for (; i < to; i++) {
        s0 += v[i];
        lo0 = v[i] < lo0 ? v[i] : lo0;
        hi0 = v[i] > hi0 ? v[i] : hi0;
      }
      perBlock[from / ParallelBlocks.BLOCK] =
          new double[] {(s0 + s1) + (s2 + s3), Math.min(lo0, lo1), Math.max(hi0, hi1)};
    });
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] block : perBlock) {
      sum += block[0];
      lo = Math.min(lo, block[1]);
      hi = Math.max(hi, block[2]);
    }
    double mean = sum / n;
    if (Double.isNaN(mean)) {
      return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Summary(mean, Math.sqrt(blockedSumOfSquares(v, mean) / n), lo, hi);
  }

  private static int blocks(int n) {
    return Math.max(1, (n + ParallelBlocks.BLOCK - 1) / ParallelBlocks.BLOCK);
  }

  /** Σ v: per block of {@link ParallelBlocks#BLOCK} in four interleaved partial sums, the blocks added in order. */
  private static double blockedSum(double[] v) {
    return BlockSums.of(v.length, 1, (from, to, sums) -> sums[0] += FixedOrderSums.sum(v, from, to))[0];
  }

  /** Σ (v − shift)², summed as {@link #blockedSum(double[])}. */
  private static double blockedSumOfSquares(double[] v, double shift) {
    return BlockSums.of(v.length, 1,
        (from, to, sums) -> sums[0] += FixedOrderSums.sumOfSquares(v, from, to, shift))[0];
  }

  @Override
  public boolean equals(Object o) {
    double[] values = values();
    return o instanceof Samples s && Arrays.equals(values, s.values());
  }

  @Override
  public int hashCode() {
    double[] values = values();
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    double[] values = values();
    if (values.length == 1) {
      return Double.toString(values[0]);
    }
    return "Samples[n=" + values.length + ", mean=" + mean() + "]";
  }
}
