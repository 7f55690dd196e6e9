package io.caimira.calculator.report;

/**
 * The numpy functions whose exact results the report reproduces (numpy 1.24, the upstream version; unchanged in
 * numpy 2): {@code linspace}, float {@code arange}, {@code quantile} with the default "linear" method.
 */
final class NumpySemantics {
  private NumpySemantics() {}

  /** {@code np.linspace(start, stop, num)}: start + i·((stop − start)/(num − 1)), the last value exactly stop. */
  static double[] linspace(double start, double stop, int num) {
    double[] y = new double[num];
    if (num == 1) {
      y[0] = start;
      return y;
    }
    int div = num - 1;
    double delta = stop - start;
    double step = delta / div;
    for (int i = 0; i < num; i++) {
      y[i] = step == 0 ? (i / (double) div) * delta + start : i * step + start;
    }
    y[num - 1] = stop;
    return y;
  }

  /**
   * {@code np.arange(start, stop, step)} for floats: length ceil((stop − start)/step); numpy stores start and
   * start + step, then fills value i as start + i·(second − first), so the effective step is the rounded
   * (start + step) − start (e.g. 0.08000000000000007 for arange(2, 10, 0.08)).
   */
  static double[] arange(double start, double stop, double step) {
    int n = (int) Math.max(0, Math.ceil((stop - start) / step));
    double[] y = new double[n];
    if (n == 0) {
      return y;
    }
    y[0] = start;
    if (n > 1) {
      y[1] = start + step;
      double delta = y[1] - y[0];
      for (int i = 2; i < n; i++) {
        y[i] = start + i * delta;
      }
    }
    return y;
  }

  /**
   * {@code np.quantile(x, q)} (method "linear") of an increasing array: h = (n − 1)·q, lower = ⌊h⌋, γ = h − lower,
   * and numpy's monotone interpolation: a + (b − a)·γ when γ &lt; 0.5, b − (b − a)·(1 − γ) otherwise. NaN for an
   * empty array (numpy raises an error there).
   */
  static double quantile(double[] sorted, int length, double q) {
    if (length == 0) {
      return Double.NaN;
    }
    double h = (length - 1) * q;
    double lowerIndex = Math.floor(h);
    int lower = (int) lowerIndex;
    int upper = Math.min(lower + 1, length - 1);
    double gamma = h - lowerIndex;
    return interpolate(sorted[lower], sorted[upper], gamma);
  }

  /** numpy's monotone interpolation between the order statistics a ≤ b of a quantile, at γ ∈ [0, 1). */
  private static double interpolate(double a, double b, double gamma) {
    double diff = b - a;
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
  }

  static double quantile(double[] sorted, double q) {
    return quantile(sorted, sorted.length, q);
  }

  /**
   * {@link #quantile(double[], double)} of values in any order, without sorting them (the two order statistics it
   * needs, by selection): the same answer, bit for bit. Reorders the array.
   */
  static double quantileOfUnsorted(double[] values, double q) {
    int length = values.length;
    if (length == 0) {
      return Double.NaN;
    }
    if (!OrderStatistics.plainlyOrdered(values)) {
      java.util.Arrays.sort(values); // NaN or −0.0: the sort's own order
      return quantile(values, q);
    }
    double h = (length - 1) * q;
    double lowerIndex = Math.floor(h);
    int lower = (int) lowerIndex;
    double gamma = h - lowerIndex;
    double a = OrderStatistics.select(values, lower);
    // after the selection every value past index lower is at least a: the next order statistic is their smallest
    double b = lower + 1 < length ? OrderStatistics.min(values, lower + 1, length) : a;
    return interpolate(a, b, gamma);
  }
}
