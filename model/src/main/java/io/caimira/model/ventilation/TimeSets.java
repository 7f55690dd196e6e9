package io.caimira.model.ventilation;

import java.util.Arrays;

/** Sorted unions of time arrays. */
final class TimeSets {
  private TimeSets() {}

  static double[] union(double[]... parts) {
    int n = 0;
    for (double[] p : parts) {
      n += p.length;
    }
    double[] all = new double[n];
    int k = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, all, k, p.length);
      k += p.length;
    }
    Arrays.sort(all);
    return Arrays.stream(all).distinct().toArray();
  }
}
