package io.caimira.model.numeric;

/**
 * Sums over arrays in four interleaved partial sums added in a fixed order: faster than one running sum (four
 * independent chains of additions) and the same result on every run, whatever the caller's threads.
 */
public final class FixedOrderSums {
  private FixedOrderSums() {}

  /** Σ vᵢ. */
  public static double sum(double[] v) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < v.length; i += 4) {
      s0 += v[i];
      s1 += v[i + 1];
      s2 += v[i + 2];
      s3 += v[i + 3];
    }
    for (; i < v.length; i++) {
      s0 += v[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Σ uᵢ·vᵢ over the length of u (v at least as long). */
  public static double dot(double[] u, double[] v) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (; i + 3 < u.length; i += 4) {
      s0 += u[i] * v[i];
      s1 += u[i + 1] * v[i + 1];
      s2 += u[i + 2] * v[i + 2];
      s3 += u[i + 3] * v[i + 3];
    }
    for (; i < u.length; i++) {
      s0 += u[i] * v[i];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
