package io.caimira.model.distribution;

import io.caimira.model.numeric.Grids;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Test helper with numpy's {@code histogram(x, bins, density=True)} semantics: edges = linspace(min, max,
 * bins + 1), bins half-open except the last, density = count / (N · width).
 */
final class Histogram {
  final double[] centres;
  final double[] density;

  private Histogram(double[] centres, double[] density) {
    this.centres = centres;
    this.density = density;
  }

  static Histogram of(double[] x, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] edges = Grids.linspace(min, max, bins + 1);
    long[] counts = new long[bins];
    double scale = bins / (max - min);
    for (double v : x) {
      int i = (int) ((v - min) * scale);
      if (i >= bins) {
        i = bins - 1;
      }
      if (v < edges[i]) {
        i--;
      } else if (i < bins - 1 && v >= edges[i + 1]) {
        i++;
      }
      counts[i]++;
    }
    double[] centres = new double[bins];
    double[] density = new double[bins];
    for (int i = 0; i < bins; i++) {
      centres[i] = (edges[i] + edges[i + 1]) / 2;
      density[i] = counts[i] / (x.length * (edges[i + 1] - edges[i]));
    }
    return new Histogram(centres, density);
  }

  /** (centre, density, expected) rows for centres within [lo, hi]. */
  List<double[]> compare(double lo, double hi, DoubleUnaryOperator expected) {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < centres.length; i++) {
      if (centres[i] >= lo && centres[i] <= hi) {
        rows.add(new double[] {centres[i], density[i], expected.applyAsDouble(centres[i])});
      }
    }
    return rows;
  }
}
