package io.caimira.webapp.report;

/**
 * Counts of samples in equal-width bins over [low, high], as {@code np.histogram(values, bins, range=(low, high))}
 * (and matplotlib's {@code hist}): a value x falls in bin i when edges[i] ≤ x &lt; edges[i+1], the last bin being
 * closed; values outside the range and non-finite values are not counted.
 *
 * @param edges bins + 1 edges
 * @param counts samples per bin
 */
public record SampleHistogram(double[] edges, long[] counts) {

  public static SampleHistogram of(double[] values, double low, double high, int bins) {
    if (!(high > low) || bins < 1) {
      throw new IllegalArgumentException("A histogram needs low < high and at least one bin");
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = low + (high - low) * i / bins;
    }
    long[] counts = new long[bins];
    for (double v : values) {
      if (!(v >= low && v <= high)) {
        continue;
      }
      int i = Math.min(bins - 1, (int) ((v - low) / (high - low) * bins));
      // the computed index may be one off the edges by rounding
      if (v < edges[i]) {
        i--;
      } else if (i < bins - 1 && v >= edges[i + 1]) {
        i++;
      }
      counts[i]++;
    }
    return new SampleHistogram(edges, counts);
  }

  /**
   * Over the values' own range (min to max), as matplotlib without a range; one unit wide around the value when
   * every value is the same.
   */
  public static SampleHistogram ofRange(double[] values, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      throw new IllegalArgumentException("A histogram needs at least one finite value");
    }
    return min == max ? of(values, min - 0.5, max + 0.5, bins) : of(values, min, max, bins);
  }
}
