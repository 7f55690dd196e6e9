package io.caimira.model.co2;

import io.caimira.model.work.Cancellation;

/**
 * Width of peaks at a fraction of their prominence (scipy 1.10 {@code peak_widths}).
 *
 * <p>The reference height is h = x[p] − relHeight·prominence. From the peak, the left crossing is
 * searched by stepping left while the current index is above the left base and h &lt; x[i]; if the
 * sample reached is below h, the crossing is linearly interpolated between it and its right
 * neighbour. The right crossing is symmetric (bounded by the right base). The width is the distance
 * between the two interpolated positions, in samples.
 *
 * @param widths width of each peak, in samples
 * @param widthHeights the reference height h of each peak
 * @param leftIps interpolated left crossing positions
 * @param rightIps interpolated right crossing positions
 */
public record PeakWidths(
    double[] widths, double[] widthHeights, double[] leftIps, double[] rightIps) {

  /**
   * Widths of {@code peaks} given their prominence data.
   *
   * @param relHeight fraction of the prominence at which the width is measured (0.5 = half
   *     prominence), non-negative
   */
  public static PeakWidths compute(
      double[] x, int[] peaks, double relHeight, PeakProminences prominence) {
    if (!(relHeight >= 0)) {
      throw new IllegalArgumentException("relHeight must be greater or equal to 0.0.");
    }
    int count = peaks.length;
    double[] widths = new double[count];
    double[] heights = new double[count];
    double[] leftIps = new double[count];
    double[] rightIps = new double[count];
    Thread owner = Cancellation.owner();
    for (int k = 0; k < count; k++) {
      Cancellation.check(owner);
      int peak = peaks[k];
      int leftBase = prominence.leftBases()[k];
      int rightBase = prominence.rightBases()[k];
      if (!(leftBase <= peak && peak <= rightBase && leftBase >= 0 && rightBase < x.length)) {
        throw new IllegalArgumentException("prominence data is invalid for peak " + peak + ".");
      }
      double h = x[peak] - prominence.prominences()[k] * relHeight;
      heights[k] = h;

      int i = peak;
      while (leftBase < i && h < x[i]) {
        i--;
      }
      double left = i;
      if (x[i] < h) {
        left += (h - x[i]) / (x[i + 1] - x[i]);
      }

      i = peak;
      while (i < rightBase && h < x[i]) {
        i++;
      }
      double right = i;
      if (x[i] < h) {
        right -= (h - x[i]) / (x[i - 1] - x[i]);
      }

      leftIps[k] = left;
      rightIps[k] = right;
      widths[k] = right - left;
    }
    return new PeakWidths(widths, heights, leftIps, rightIps);
  }
}
