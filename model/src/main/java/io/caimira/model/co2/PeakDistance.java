package io.caimira.model.co2;

import java.util.Arrays;

/**
 * Thinning of peaks so that no two kept peaks are closer than a minimum number of samples.
 *
 * <p>The peaks are visited from the highest to the lowest. A peak that is still kept removes every
 * other peak whose index differs from its own by strictly less than ⌈distance⌉; a removed peak
 * removes nothing. This is scipy 1.10's {@code _select_by_peak_distance}.
 *
 * <p><b>Tie-break.</b> scipy orders the peaks with numpy's default {@code argsort} and walks that
 * order from its end. For equal heights numpy's default sort is not guaranteed stable, but for the
 * short arrays met here (insertion sort below 17 elements) and in every case we checked it keeps
 * equal heights in index order, so the walk from the end visits the <em>later</em> index first. We
 * make that the rule: among equal heights the peak with the larger index has priority.
 */
public final class PeakDistance {
  private PeakDistance() {}

  /**
   * Which peaks survive.
   *
   * @param peaks peak indices, strictly increasing
   * @param heights priority of each peak (the signal value at the peak), same length as peaks
   * @param distance minimal distance in samples, at least 1
   * @return keep flags aligned with {@code peaks}
   */
  public static boolean[] select(int[] peaks, double[] heights, double distance) {
    if (peaks.length != heights.length) {
      throw new IllegalArgumentException("peaks and heights must have the same length.");
    }
    if (!(distance >= 1)) {
      throw new IllegalArgumentException("distance must be greater or equal to 1.");
    }
    int count = peaks.length;
    double d = Math.ceil(distance);
    boolean[] keep = new boolean[count];
    Arrays.fill(keep, true);
    int[] order = ascendingStableOrder(heights);
    for (int r = count - 1; r >= 0; r--) {
      int j = order[r];
      if (!keep[j]) {
        continue;
      }
      for (int k = j - 1; k >= 0 && peaks[j] - peaks[k] < d; k--) {
        keep[k] = false;
      }
      for (int k = j + 1; k < count && peaks[k] - peaks[j] < d; k++) {
        keep[k] = false;
      }
    }
    return keep;
  }

  /** Positions sorted by increasing value; equal values keep their index order (stable). */
  static int[] ascendingStableOrder(double[] values) {
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    // Arrays.sort on objects is a stable merge sort; -0.0 and 0.0 compare equal as in numpy.
    Arrays.sort(boxed, (a, b) -> values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0);
    int[] order = new int[boxed.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }
}
