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
  /** {@link #derived}: made when first asked for. */
  private volatile DerivedSamples derived;

  private Samples(double[] values) {
    this.array = values;
    this.deferred = null;
    this.size = values.length;
  }

  private Samples(Deferred deferred) {
    this.deferred = deferred;
    this.size = deferred.size();
  }

  private Samples(double[] values, Summary summary) {
    this(values);
    this.summary = summary;
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

    /** The summary of the samples when the draw recorded their statistics (asked for after {@link #await()}). */
    default Summary summary() {
      return null;
    }
  }

  /** The samples, waiting for a deferred draw the first time. */
  private double[] values() {
    double[] v = array;
    if (v == null) {
      v = deferred.await();
      if (summary == null) {
        summary = deferred.summary();
      }
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

  /**
   * As {@link #adopt(double[])}, with the statistics recorded block by block while {@code values} was written
   * (every block recorded), so that {@link #summary()}, {@link #mean()} and {@link #std()} need no pass over it.
   */
  public static Samples adopt(double[] values, BlockStatistics statistics) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Samples need at least one value");
    }
    return new Samples(values, statistics.summary());
  }

  /**
   * The per-sample quantity that {@code key} names, derived from these samples: made by {@code make} the first time
   * and kept as long as these samples live (a constant keeps nothing). The key must name everything the result
   * depends on besides these samples: other samples by their {@link #key()}, numbers by value (records of them make
   * good keys). The models of a report and of its alternative scenarios share their draws; factors formed from the
   * same draws are thus formed once.
   */
  public Samples derived(Object key, java.util.function.Supplier<Samples> make) {
    if (isConstant()) {
      return make.get();
    }
    DerivedSamples d = derived;
    if (d == null) {
      synchronized (this) {
        d = derived;
        if (d == null) {
          d = new DerivedSamples();
          derived = d;
        }
      }
    }
    return d.get(key, make);
  }

  /**
   * These samples as part of a {@link #derived} key: a constant by its value (two constants of one value are the
   * same operand), per-sample values by identity (two draws are different operands even when equal, and comparing
   * 250 000 values would cost more than the result saves).
   */
  public Object key() {
    return isConstant() ? (Object) Double.valueOf(get(0)) : new Identity(this);
  }

  /** Samples compared by identity. */
  private record Identity(Samples samples) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity other && other.samples == samples;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(samples);
    }
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
   * Multiplies {@code target[0 .. to − from)} in place by samples [from, to) (by the value of a constant): a product
   * formed block by block instead of as a whole array.
   */
  public void multiplySlice(double[] target, int from, int to) {
    double[] values = values();
    if (values.length == 1) {
      double v = values[0];
      for (int k = 0; k < to - from; k++) {
        target[k] *= v;
      }
    } else {
      for (int k = 0; k < to - from; k++) {
        target[k] *= values[from + k];
      }
    }
  }

  /**
   * The smallest sample (NaN if any sample is NaN): the summary's (computed once, on both cores, and often recorded
   * when the samples were written), or a scan when the summary has no mean.
   */
  public double min() {
    Summary s = summary();
    return Double.isNaN(s.mean()) ? scanExtreme(true) : s.min();
  }

  /** The largest sample (NaN if any sample is NaN), as {@link #min()}. */
  public double max() {
    Summary s = summary();
    return Double.isNaN(s.mean()) ? scanExtreme(false) : s.max();
  }

  private double scanExtreme(boolean smallest) {
    double m = smallest ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    for (double v : values()) {
      if (v != v) {
        return Double.NaN;
      }
      m = smallest ? Math.min(m, v) : Math.max(m, v);
    }
    return m;
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
    ParallelBlocks.run(out.length, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = a[i] * b[i];
      }
    });
    return new Samples(out);
  }

  /**
   * this × other (the same numbers as {@link #times(Samples)}), on both cores, with the product's statistics recorded
   * block by block as it is written: for a product whose summary is asked for next, which then needs no pass of its
   * own.
   */
  public Samples timesRecording(Samples other) {
    if (isConstant() || other.isConstant()) {
      return times(other);
    }
    int n = broadcastSize(this, other);
    double[] a = values();
    double[] b = other.values();
    double[] out = new double[n];
    BlockStatistics statistics = BlockStatistics.forSize(n);
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = a[i] * b[i];
      }
      statistics.record(out, from, to);
    });
    return new Samples(out, statistics.summary());
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
    ParallelBlocks.run(out.length, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = values[i] * factor;
      }
    });
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
   * added in block order (the same result on every run, and the same as the summary's).
   */
  public double mean() {
    double[] values = values();
    if (values.length == 1) {
      return values[0];
    }
    Summary known = summary;
    if (known != null) {
      return known.mean();
    }
    return BlockSums.of(values.length, 1, (from, to, sums) -> sums[0] += FixedOrderSums.sum(values, from, to))[0]
        / values.length;
  }

  /**
   * Population standard deviation (divides by N), 0 for a constant: the summary's, from the squared deviations of
   * each block from its own mean combined in block order ({@link BlockStatistics}).
   */
  public double std() {
    return summary().sd();
  }

  /** Mean, population standard deviation, minimum and maximum, as computed by the methods of those names. */
  public record Summary(double mean, double sd, double min, double max) {}

  /**
   * {@link #mean()}, {@link #std()}, {@link #min()} and {@link #max()} (all NaN when the mean is NaN), computed once
   * per instance by {@link BlockStatistics}: recorded while the samples were written when they came from a draw or
   * from {@link #adopt(double[], BlockStatistics)}, else in two passes over each block.
   */
  public Summary summary() {
    Summary known = summary;
    if (known == null) {
      double[] v = values(); // a deferred draw may bring its summary
      known = summary;
      if (known == null) {
        known = v.length == 1 ? new Summary(v[0], 0.0, v[0], v[0]) : BlockStatistics.of(v);
        summary = known;
      }
    }
    return known;
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
