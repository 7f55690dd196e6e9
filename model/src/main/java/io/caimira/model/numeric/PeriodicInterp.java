package io.caimira.model.numeric;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Linear interpolation of a periodic table, with the semantics of numpy {@code interp(x, xp, fp, period=p)}:
 * abscissae and query points are reduced modulo the period into [0, p), the table is sorted by its reduced
 * abscissae, and one point is copied from each end to the other (shifted by ±p) so that interpolation wraps
 * around. The table points need not be sorted nor lie inside one period.
 */
public final class PeriodicInterp {
  private final double[] xp;
  private final double[] fp;
  private final double period;

  /**
   * @param xp table abscissae (any order, any range)
   * @param fp table values, same length as {@code xp}
   * @param period a finite non-zero period; its absolute value is used
   */
  public PeriodicInterp(double[] xp, double[] fp, double period) {
    if (xp.length != fp.length) {
      throw new IllegalArgumentException("xp and fp must have the same length");
    }
    if (xp.length == 0) {
      throw new IllegalArgumentException("the table must not be empty");
    }
    if (!Double.isFinite(period) || period == 0.0) {
      throw new IllegalArgumentException("period must be finite and non-zero");
    }
    this.period = Math.abs(period);
    int n = xp.length;
    double[] reduced = new double[n];
    for (int i = 0; i < n; i++) {
      reduced[i] = reduce(xp[i]);
    }
    // Stable order for equal reduced abscissae (numpy's default sort is not stable; such tables are degenerate).
    int[] order = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingDouble(i -> reduced[i]))
        .mapToInt(Integer::intValue).toArray();
    this.xp = new double[n + 2];
    this.fp = new double[n + 2];
    for (int k = 0; k < n; k++) {
      this.xp[k + 1] = reduced[order[k]];
      this.fp[k + 1] = fp[order[k]];
    }
    this.xp[0] = this.xp[n] - this.period;
    this.fp[0] = this.fp[n];
    this.xp[n + 1] = this.xp[1] + this.period;
    this.fp[n + 1] = this.fp[1];
  }

  /** The interpolated value at x. */
  public double at(double x) {
    return Grids.interp(reduce(x), xp, fp);
  }

  /** The interpolated values at every point of xs. */
  public double[] at(double[] xs) {
    return Arrays.stream(xs).map(this::at).toArray();
  }

  /** x modulo the period, in [0, period] like Python's float {@code %} (may round up to the period). */
  private double reduce(double x) {
    double r = x % period;
    return r < 0 ? r + period : r;
  }
}
