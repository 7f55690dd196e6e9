package io.caimira.model.co2;

import io.caimira.model.work.Cancellation;

/**
 * Topographic prominence of peaks, searched over the whole signal (scipy 1.10
 * {@code peak_prominences} with {@code wlen=None}).
 *
 * <p>From a peak p the search walks left while samples are not higher than x[p] (a higher sample or
 * a NaN stops it, as does the start of the signal), remembering the lowest sample met; the left base
 * is where that minimum was first met, i.e. its occurrence nearest the peak (an equal sample further
 * out does not move it). The right side is symmetric. The prominence is x[p] minus the higher of the two minima.
 *
 * @param prominences prominence of each peak
 * @param leftBases index of the left minimum of each peak
 * @param rightBases index of the right minimum of each peak
 */
public record PeakProminences(double[] prominences, int[] leftBases, int[] rightBases) {

  /** Prominences of {@code peaks} (indices into {@code x}). */
  public static PeakProminences compute(double[] x, int[] peaks) {
    int count = peaks.length;
    double[] prominences = new double[count];
    int[] leftBases = new int[count];
    int[] rightBases = new int[count];
    Thread owner = Cancellation.owner();
    for (int k = 0; k < count; k++) {
      Cancellation.check(owner);
      int peak = peaks[k];
      if (peak < 0 || peak >= x.length) {
        throw new IllegalArgumentException("peak " + peak + " is not a valid index of x.");
      }
      double top = x[peak];

      int leftBase = peak;
      double leftMin = top;
      for (int i = peak; i >= 0 && x[i] <= top; i--) {
        if (x[i] < leftMin) {
          leftMin = x[i];
          leftBase = i;
        }
      }

      int rightBase = peak;
      double rightMin = top;
      for (int i = peak; i < x.length && x[i] <= top; i++) {
        if (x[i] < rightMin) {
          rightMin = x[i];
          rightBase = i;
        }
      }

      leftBases[k] = leftBase;
      rightBases[k] = rightBase;
      prominences[k] = top - Math.max(leftMin, rightMin);
    }
    return new PeakProminences(prominences, leftBases, rightBases);
  }
}
