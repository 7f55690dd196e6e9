package io.caimira.model.co2;

import java.util.Arrays;

/**
 * Suggests ventilation change points in a CO₂ time series (upstream {@code
 * CO2FormData.find_change_points}, CAiMIRA 4.19).
 *
 * <p>The sampling step is taken from the first two times only: Δ = (t₁ − t₀)·3600 s. With Python's
 * float floor division ⌊·⌋:
 *
 * <ul>
 *   <li>smoothing window w = max(⌊60/Δ⌋, 1) samples (one minute), centred rolling mean ({@link
 *       RollingMean});
 *   <li>distance d = max(⌊900/Δ⌋, 1) samples (15 minutes) between two peaks or two valleys;
 *   <li>valley width v = max(⌊1200/Δ⌋, 1) samples (20 minutes) at half prominence.
 * </ul>
 *
 * Peaks of the smoothed series need prominence ≥ 100 ppm; valleys (peaks of the negated series) need
 * prominence ≥ 50 ppm and width ≥ v. The result is the times of all peaks and valleys, sorted.
 * Occupancy changes are not removed.
 */
public final class ChangePointDetector {
  /** Minimum prominence of a CO₂ peak, ppm. */
  public static final double PEAK_PROMINENCE_PPM = 100.0;

  /** Minimum prominence of a CO₂ valley, ppm. */
  public static final double VALLEY_PROMINENCE_PPM = 50.0;

  private static final double SMOOTHING_SECONDS = 60.0;
  private static final double DISTANCE_SECONDS = 15 * 60.0;
  private static final double VALLEY_WIDTH_SECONDS = 20 * 60.0;

  private ChangePointDetector() {}

  /**
   * Detected change points, in hours, sorted increasingly.
   *
   * @param times sample times in hours; only the first step is used to derive the sampling rate
   * @param co2 CO₂ concentrations in ppm, aligned with {@code times}
   * @throws IllegalArgumentException if the lengths differ, fewer than two samples are given, or the
   *     first two times are equal (or not numbers)
   */
  public static double[] findChangePoints(double[] times, double[] co2) {
    if (times.length != co2.length) {
      throw new IllegalArgumentException("times and CO2 values must have the same length.");
    }
    if (times.length < 2) {
      throw new IllegalArgumentException("at least two CO2 samples are needed to find change points.");
    }
    double step = (times[1] - times[0]) * 3600;
    if (step == 0 || Double.isNaN(step)) {
      throw new IllegalArgumentException("the first two CO2 times must be distinct numbers.");
    }
    Parameters p = Parameters.forStep(step);

    double[] smoothed = RollingMean.centred(co2, p.window());
    double[] negated = new double[smoothed.length];
    for (int i = 0; i < smoothed.length; i++) {
      negated[i] = -smoothed[i];
    }
    int[] peaks =
        PeakFinder.localMaxima()
            .withProminence(PEAK_PROMINENCE_PPM)
            .withDistance(p.distance())
            .find(smoothed);
    int[] valleys =
        PeakFinder.localMaxima()
            .withProminence(VALLEY_PROMINENCE_PPM)
            .withWidth(p.valleyWidth())
            .withDistance(p.distance())
            .find(negated);

    double[] out = new double[peaks.length + valleys.length];
    int k = 0;
    for (int i : peaks) {
      out[k++] = times[i];
    }
    for (int i : valleys) {
      out[k++] = times[i];
    }
    Arrays.sort(out);
    return out;
  }

  /**
   * Sample counts derived from the sampling step.
   *
   * @param window smoothing window
   * @param distance minimum distance between two peaks or two valleys
   * @param valleyWidth minimum valley width
   */
  public record Parameters(int window, int distance, int valleyWidth) {

    /** Parameters for a sampling step of {@code stepSeconds} (non-zero). */
    public static Parameters forStep(double stepSeconds) {
      return new Parameters(
          samples(SMOOTHING_SECONDS, stepSeconds),
          samples(DISTANCE_SECONDS, stepSeconds),
          samples(VALLEY_WIDTH_SECONDS, stepSeconds));
    }

    private static int samples(double seconds, double stepSeconds) {
      double q = PythonFloat.floorDiv(seconds, stepSeconds);
      // Python's int() truncates; values beyond int range only occur for absurdly small steps.
      long truncated = (long) q;
      return (int) Math.max(Math.min(truncated, Integer.MAX_VALUE), 1);
    }
  }
}
