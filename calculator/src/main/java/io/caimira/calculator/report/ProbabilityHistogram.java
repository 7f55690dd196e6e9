package io.caimira.calculator.report;

import io.caimira.model.sample.Samples;
import java.util.function.IntToDoubleFunction;

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
    return ofPercent(Samples.of(percent));
  }

  /** The histogram of probabilities given in percent, as fractions formed on the fly (no array of them). */
  public static ProbabilityHistogram ofPercent(Samples percent) {
    Samples.Reader values = percent.reader();
    return of(percent.size(), i -> values.get(i) / 100, BINS);
  }

  /** {@code np.histogram(values, bins, density=True)} of finite values. */
  public static ProbabilityHistogram of(double[] values, int bins) {
    return of(values.length, i -> values[i], bins);
  }

  /** The histogram of the n values value(0) … value(n − 1), read twice. */
  private static ProbabilityHistogram of(int n, IntToDoubleFunction value, int bins) {
    if (n == 0) {
      throw new IllegalArgumentException("A histogram needs at least one value");
    }
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double v = value.applyAsDouble(k);
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
    for (int k = 0; k < n; k++) {
      double v = value.applyAsDouble(k);
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
    double total = n;
    double[] density = new double[bins];
    for (int i = 0; i < bins; i++) {
      density[i] = counts[i] / (edges[i + 1] - edges[i]) / total;
    }
    return new ProbabilityHistogram(density, edges);
  }
}
