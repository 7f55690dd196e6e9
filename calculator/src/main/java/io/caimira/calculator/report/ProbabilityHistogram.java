package io.caimira.calculator.report;

import io.caimira.model.sample.Samples;
import io.caimira.model.work.ParallelBlocks;

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
    return of(percent, 100, BINS);
  }

  /** {@code np.histogram(values, bins, density=True)} of finite values. */
  public static ProbabilityHistogram of(double[] values, int bins) {
    if (values.length == 0) {
      throw new IllegalArgumentException("A histogram needs at least one value");
    }
    return of(Samples.of(values), 1, bins);
  }

  /**
   * The histogram of the samples divided by {@code divisor} (positive; 1 leaves them as they are), counted on both
   * cores: the counts do not depend on the order in which the blocks are taken.
   */
  private static ProbabilityHistogram of(Samples samples, double divisor, int bins) {
    int n = samples.size();
    Samples.Reader values = samples.reader();
    int blocks = (n + ParallelBlocks.BLOCK - 1) / ParallelBlocks.BLOCK;
    // the extremes from the samples' summary (recorded as P(I) was computed); x / divisor is monotonic in x, so the
    // extremes of the quotients are the quotients of the extremes
    Samples.Summary summary = samples.summary();
    if (Double.isNaN(summary.mean()) || !Double.isFinite(summary.min()) || !Double.isFinite(summary.max())) {
      throw new IllegalArgumentException("A histogram needs finite values");
    }
    double first = summary.min() / divisor;
    double last = summary.max() / divisor;
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    double[] edges = NumpySemantics.linspace(first, last, bins + 1);
    double low = first;
    double norm = bins / (last - first);
    long[][] perBlock = new long[blocks][];
    ParallelBlocks.run(n, (from, to) -> {
      long[] counts = new long[bins];
      for (int k = from; k < to; k++) {
        double v = values.get(k) / divisor;
        int i = (int) ((v - low) * norm);
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
      perBlock[from / ParallelBlocks.BLOCK] = counts;
    });
    long[] counts = new long[bins];
    for (long[] block : perBlock) {
      for (int i = 0; i < bins; i++) {
        counts[i] += block[i];
      }
    }
    double total = n;
    double[] density = new double[bins];
    for (int i = 0; i < bins; i++) {
      density[i] = counts[i] / (edges[i + 1] - edges[i]) / total;
    }
    return new ProbabilityHistogram(density, edges);
  }
}
