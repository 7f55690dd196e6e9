package io.caimira.model.numeric;

/**
 * Sums over arrays in four interleaved partial sums added in a fixed order: faster than one running sum (four
 * independent chains of additions) and the same result on every run, whatever the caller's threads.
 */
public final class FixedOrderSums {
  private FixedOrderSums() {}

  /** Σ vᵢ. */
  public static double sum(double[] v) {
    return sum(v, 0, v.length);
  }

  /** Σ vᵢ over [from, to), in four interleaved partial sums added in a fixed order. */
  public static double sum(double[] v, int from, int to) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = from;
    for (; i + 3 < to; i += 4) {
      s0 += v[i];
      s1 += v[i + 1];
      s2 += v[i + 2];
      s3 += v[i + 3];
    }
    for (; i < to; i++) {
      s0 += v[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Σ (vᵢ − shift)² over [from, to), in four interleaved partial sums added in a fixed order. */
  public static double sumOfSquares(double[] v, int from, int to, double shift) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = from;
    for (; i + 3 < to; i += 4) {
      double d0 = v[i] - shift;
      double d1 = v[i + 1] - shift;
      double d2 = v[i + 2] - shift;
      double d3 = v[i + 3] - shift;
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    for (; i < to; i++) {
      double d = v[i] - shift;
      s0 += d * d;
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Σ uᵢ·vᵢ over the length of u (v at least as long). */
  public static double dot(double[] u, double[] v) {
    return dot(u, 0, v, u.length);
  }

  /**
   * Σ u[uFrom + i]·v[i] for i in [0, n): the same sum as {@link #dot(double[], double[])} of a copy of u's range.
   */
  public static double dot(double[] u, int uFrom, double[] v, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += u[uFrom + i] * v[i];
      s1 += u[uFrom + i + 1] * v[i + 1];
      s2 += u[uFrom + i + 2] * v[i + 2];
      s3 += u[uFrom + i + 3] * v[i + 3];
    }
    for (; i < n; i++) {
      s0 += u[uFrom + i] * v[i];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
