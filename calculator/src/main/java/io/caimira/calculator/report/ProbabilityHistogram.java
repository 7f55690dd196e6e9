package io.caimira.calculator.report;

/**
 * Density histogram of the infection probability, as {@code np.histogram(p / 100, bins=100, density=True)}:
 * edges = linspace(min, max, bins + 1) of the fractions (min − 0.5 and max + 0.5 when all values are equal); a
 * value x falls in bin i when edges[i] ≤ x &lt; edges[i+1], the last bin being closed; density_i = count_i /
 * (edges[i+1] − edges[i]) / N.
 *
 * @param density one value per bin [1/fraction]
 * @param edges bins + 1 edges, as fractions 0..1
 */
public record ProbabilityHistogram(double[] density, double[] edges) {
  public static final int BINS = 100;

  /** The histogram of probabilities given in percent. */
  public static ProbabilityHistogram ofPercent(double[] percent) {
    double[] fractions = new double[percent.length];
    for (int i = 0; i < percent.length; i++) {
      fractions[i] = percent[i] / 100;
    }
    return of(fractions, BINS);
  }

  /** {@code np.histogram(values, bins, density=True)} of finite values. */
  public static ProbabilityHistogram of(double[] values, int bins) {
    if (values.length == 0) {
      throw new IllegalArgumentException("A histogram needs at least one value");
    }
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("A histogram needs finite values: " + v);
      }
      first = Math.min(first, v);
      last = Math.max(last, v);
    }
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    double[] edges = NumpySemantics.linspace(first, last, bins + 1);
    long[] counts = new long[bins];
    double norm = bins / (last - first);
    for (double v : values) {
      int i = (int) ((v - first) * norm);
      if (i >= bins) {
        i = bins - 1;
      }
      // numpy corrects the computed index by one against the actual edges
      if (v < edges[i]) {
        i--;
      } else if (i != bins - 1 && v >= edges[i + 1]) {
        i++;
      }
      counts[i]++;
    }
    double total = values.length;
    double[] density = new double[bins];
    for (int i = 0; i < bins; i++) {
      density[i] = counts[i] / (edges[i + 1] - edges[i]) / total;
    }
    return new ProbabilityHistogram(density, edges);
  }
}
