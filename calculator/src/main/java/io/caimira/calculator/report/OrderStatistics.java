package io.caimira.calculator.report;

import java.util.Arrays;

/**
 * The k-th smallest of an array without sorting it (introselect: three-way quickselect, a median-of-three pivot, and
 * a sort of what is left once the partitions stop shrinking fast enough, so that no input costs more than a sort).
 * The values are compared with {@code <}, which orders them as {@link Arrays#sort(double[])} does when there is no
 * NaN and no −0.0 among them ({@link #plainlyOrdered}); the answers are then those of the sorted array.
 */
final class OrderStatistics {
  private OrderStatistics() {}

  /** Whether {@code <} orders the values as a sort does: no NaN, and no −0.0 (which a sort puts before 0.0). */
  static boolean plainlyOrdered(double[] values) {
    for (double v : values) {
      if (v != v || (v == 0 && Double.doubleToRawLongBits(v) != 0L)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The {@code k}-th smallest value of {@code values} (from 0), which must be {@link #plainlyOrdered}. Reorders the
   * array: afterwards every value before index k is at most the answer, which is at index k, and every value after
   * it at least.
   */
  static double select(double[] values, int k) {
    if (k < 0 || k >= values.length) {
      throw new IndexOutOfBoundsException("order " + k + " of " + values.length + " values");
    }
    int lo = 0;
    int hi = values.length; // exclusive
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(values.length)) + 4;
    while (hi - lo > 16) {
      if (budget-- == 0) {
        Arrays.sort(values, lo, hi);
        return values[k];
      }
      double pivot = medianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi - 1]);
      // three-way partition: [lo, lt) below the pivot, [lt, gt) equal, [gt, hi) above
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i < gt) {
        double v = values[i];
        if (v < pivot) {
          swap(values, lt++, i++);
        } else if (v > pivot) {
          swap(values, i, --gt);
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt;
      } else if (k >= gt) {
        lo = gt;
      } else {
        return pivot;
      }
    }
    Arrays.sort(values, lo, hi);
    return values[k];
  }

  /** The smallest of values [from, to), which must be {@link #plainlyOrdered}. */
  static double min(double[] values, int from, int to) {
    double m = values[from];
    for (int i = from + 1; i < to; i++) {
      if (values[i] < m) {
        m = values[i];
      }
    }
    return m;
  }

  private static double medianOfThree(double a, double b, double c) {
    if (a > b) {
      double t = a;
      a = b;
      b = t;
    }
    if (b > c) {
      b = c;
    }
    return a > b ? a : b;
  }

  private static void swap(double[] values, int i, int j) {
    double t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
