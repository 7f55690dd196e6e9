package io.caimira.model.co2;

import java.util.Arrays;

/**
 * Strict local maxima of a sampled signal, with flat tops ("plateaus") reduced to one index.
 *
 * <p>Rules (those of scipy 1.10 {@code find_peaks} before any filter):
 *
 * <ul>
 *   <li>the first and last samples are never maxima;
 *   <li>a candidate must rise strictly from its left neighbour; it is then extended to the right
 *       over samples exactly equal to it, and is a maximum if the sample after the flat run is
 *       strictly lower; the flat run may not include the last sample;
 *   <li>the reported index of a flat run [left, right] is ⌊(left + right) / 2⌋;
 *   <li>the scan resumes after the sample that closed the run;
 *   <li>NaN compares false with everything, so a NaN neighbour prevents a maximum.
 * </ul>
 */
public final class LocalMaxima {
  private LocalMaxima() {}

  /** Indices of the local maxima of {@code x}, increasing. */
  public static int[] find(double[] x) {
    int n = x.length;
    int[] found = new int[Math.max(n / 2, 0)];
    int count = 0;
    int last = n - 1;
    int i = 1;
    while (i < last) {
      if (x[i - 1] < x[i]) {
        int ahead = i + 1;
        while (ahead < last && x[ahead] == x[i]) {
          ahead++;
        }
        if (x[ahead] < x[i]) {
          int right = ahead - 1;
          found[count++] = (i + right) / 2;
          i = ahead;
        }
      }
      i++;
    }
    return Arrays.copyOf(found, count);
  }
}
