package io.caimira.model.co2;

/**
 * Peak detection with the semantics of scipy 1.10 {@code scipy.signal.find_peaks(x, distance=...,
 * prominence=..., width=...)} (lower bounds only, {@code wlen=None}, {@code rel_height=0.5}).
 *
 * <p>Pipeline: {@link LocalMaxima} → {@link PeakDistance} (if a distance is set) → minimum
 * {@link PeakProminences prominence} (if set) → minimum {@link PeakWidths width} at half prominence
 * (if set). Each filter only sees the peaks that survived the previous one; in particular a peak
 * removed by the distance filter is never brought back. Prominences are computed when either a
 * prominence or a width criterion is set, and widths use the prominence data of the surviving
 * peaks.
 *
 * <p>Instances are immutable; {@code with…} methods return modified copies.
 */
public final class PeakFinder {
  private static final double REL_HEIGHT = 0.5;

  private final double distance;
  private final double minProminence;
  private final double minWidth;

  private PeakFinder(double distance, double minProminence, double minWidth) {
    this.distance = distance;
    this.minProminence = minProminence;
    this.minWidth = minWidth;
  }

  /** A finder with no filter: every local maximum is a peak. */
  public static PeakFinder localMaxima() {
    return new PeakFinder(Double.NaN, Double.NaN, Double.NaN);
  }

  /** Same finder, keeping only peaks at least {@code samples} apart (≥ 1, rounded up). */
  public PeakFinder withDistance(double samples) {
    if (!(samples >= 1)) {
      throw new IllegalArgumentException("distance must be greater or equal to 1.");
    }
    return new PeakFinder(samples, minProminence, minWidth);
  }

  /** Same finder, keeping only peaks whose prominence is ≥ {@code minimum}. */
  public PeakFinder withProminence(double minimum) {
    if (Double.isNaN(minimum)) {
      throw new IllegalArgumentException("prominence must be a number.");
    }
    return new PeakFinder(distance, minimum, minWidth);
  }

  /** Same finder, keeping only peaks whose width at half prominence is ≥ {@code minimum} samples. */
  public PeakFinder withWidth(double minimum) {
    if (Double.isNaN(minimum)) {
      throw new IllegalArgumentException("width must be a number.");
    }
    return new PeakFinder(distance, minProminence, minimum);
  }

  /** Indices of the peaks of {@code x} (NaN allowed), increasing. */
  public int[] find(double[] x) {
    int[] peaks = LocalMaxima.find(x);

    if (!Double.isNaN(distance)) {
      double[] heights = new double[peaks.length];
      for (int k = 0; k < peaks.length; k++) {
        heights[k] = x[peaks[k]];
      }
      peaks = subset(peaks, PeakDistance.select(peaks, heights, distance));
    }

    boolean byProminence = !Double.isNaN(minProminence);
    boolean byWidth = !Double.isNaN(minWidth);
    if (!byProminence && !byWidth) {
      return peaks;
    }
    PeakProminences prominence = PeakProminences.compute(x, peaks);
    if (byProminence) {
      boolean[] keep = new boolean[peaks.length];
      for (int k = 0; k < peaks.length; k++) {
        keep[k] = minProminence <= prominence.prominences()[k];
      }
      peaks = subset(peaks, keep);
      prominence =
          new PeakProminences(
              subset(prominence.prominences(), keep),
              subset(prominence.leftBases(), keep),
              subset(prominence.rightBases(), keep));
    }
    if (byWidth) {
      PeakWidths widths = PeakWidths.compute(x, peaks, REL_HEIGHT, prominence);
      boolean[] keep = new boolean[peaks.length];
      for (int k = 0; k < peaks.length; k++) {
        keep[k] = minWidth <= widths.widths()[k];
      }
      peaks = subset(peaks, keep);
    }
    return peaks;
  }

  private static int[] subset(int[] values, boolean[] keep) {
    int count = 0;
    for (boolean k : keep) {
      count += k ? 1 : 0;
    }
    int[] out = new int[count];
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      if (keep[i]) {
        out[j++] = values[i];
      }
    }
    return out;
  }

  private static double[] subset(double[] values, boolean[] keep) {
    int count = 0;
    for (boolean k : keep) {
      count += k ? 1 : 0;
    }
    double[] out = new double[count];
    int j = 0;
    for (int i = 0; i < values.length; i++) {
      if (keep[i]) {
        out[j++] = values[i];
      }
    }
    return out;
  }
}
