package io.caimira.model.numeric;

/** Evenly spaced grids and piecewise-linear interpolation with numpy's semantics. */
public final class Grids {
  private Grids() {}

  /**
   * {@code count} evenly spaced points from {@code start} to {@code stop} inclusive, computed as
   * start + i·step with the last point exactly {@code stop} (numpy {@code linspace}).
   */
  public static double[] linspace(double start, double stop, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be non-negative");
    }
    double[] out = new double[count];
    if (count == 0) {
      return out;
    }
    if (count == 1) {
      out[0] = start;
      return out;
    }
    double step = (stop - start) / (count - 1);
    for (int i = 0; i < count; i++) {
      out[i] = start + i * step;
    }
    out[count - 1] = stop;
    return out;
  }

  /**
   * Piecewise-linear interpolation of the points (xp, fp) at x; below xp[0] answers {@code left}, above
   * xp[last] answers {@code right} (numpy {@code interp}). xp must be increasing.
   */
  public static double interp(double x, double[] xp, double[] fp, double left, double right) {
    int n = xp.length;
    if (Double.isNaN(x)) {
      return x;
    }
    if (x < xp[0]) {
      return left;
    }
    if (x > xp[n - 1]) {
      return right;
    }
    if (x == xp[n - 1]) {
      return fp[n - 1];
    }
    return interpolateIn(upperIndex(xp, x), x, xp, fp);
  }

  /** The linear interpolation at x inside interval j (xp[j] &le; x &lt; xp[j+1]), as numpy computes it. */
  static double interpolateIn(int j, double x, double[] xp, double[] fp) {
    double slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
    double value = slope * (x - xp[j]) + fp[j];
    if (Double.isNaN(value)) {
      value = slope * (x - xp[j + 1]) + fp[j + 1];
      if (Double.isNaN(value) && fp[j] == fp[j + 1]) {
        value = fp[j];
      }
    }
    return value;
  }

  /** numpy {@code interp} with the end values extended beyond the range. */
  public static double interp(double x, double[] xp, double[] fp) {
    return interp(x, xp, fp, fp[0], fp[fp.length - 1]);
  }

  /** The largest j with xp[j] &le; x, for xp[0] &le; x &lt; xp[last]. */
  private static int upperIndex(double[] xp, double x) {
    int lo = 0;
    int hi = xp.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (xp[mid] <= x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The first index i with a[i] &ge; value in a sorted array (numpy {@code searchsorted}, side left): the
   * position where value would be inserted before any equal element.
   */
  public static int searchSortedLeft(double[] a, double value) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
