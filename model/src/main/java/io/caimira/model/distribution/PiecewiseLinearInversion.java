package io.caimira.model.distribution;

import io.caimira.model.numeric.LinearTable;
import java.util.Arrays;
import java.util.Optional;

/**
 * Exact inversion sampling of a density that is linear between knots: the cumulative area of the trapezoids
 * picks a segment, and within it the area from the segment's start, f₀·t + s·t²/2, is solved for t in closed
 * form. One uniform, a short search and a square root per draw, where a rejection sampler needs on average
 * (envelope area / density area) pairs of uniforms and a table look-up each.
 *
 * <p>It samples exactly the distribution that rejection under a constant envelope samples, when the density is
 * a {@link LinearTable} restricted to a range inside the table and the envelope is at least the density there:
 * the draws differ, their distribution does not.
 */
final class PiecewiseLinearInversion {
  private final double[] knots;
  private final double[] values;
  private final double[] cumulative;
  private final double total;
  /** slopes[j]: the density's slope on segment j. */
  private final double[] slopes;
  /** guide[k]: the segment holding the target k/guide.length·total, where the search for targets above it starts. */
  private final int[] guide;
  /**
   * Whether every bucket of the guide holds at most one segment boundary: then a draw's segment is the guide's or
   * the next one, found by one comparison (no loop whose exit the processor mispredicts).
   */
  private final boolean oneStep;

  /** Buckets per segment of the guide (at least 256 in all, a power of two). */
  private static final int BUCKETS_PER_SEGMENT = 64;
  private static final int MAX_GUIDE = 1 << 16;

  private PiecewiseLinearInversion(double[] knots, double[] values) {
    this(knots, values, true);
  }

  /** @param fine false for the 256-bucket guide and a search loop in every draw (tests compare both) */
  PiecewiseLinearInversion(double[] knots, double[] values, boolean fine) {
    this.knots = knots;
    this.values = values;
    this.cumulative = new double[knots.length];
    double sum = 0;
    for (int j = 0; j + 1 < knots.length; j++) {
      sum += 0.5 * (values[j] + values[j + 1]) * (knots[j + 1] - knots[j]);
      cumulative[j + 1] = sum;
    }
    this.total = sum;
    this.slopes = new double[knots.length - 1];
    for (int j = 0; j < slopes.length; j++) {
      slopes[j] = (values[j + 1] - values[j]) / (knots[j + 1] - knots[j]);
    }
    int size = 256;
    while (fine && size < BUCKETS_PER_SEGMENT * slopes.length && size < MAX_GUIDE) {
      size *= 2;
    }
    int[] g = guideOf(size);
    boolean resolved = fine && oneBoundaryPerBucket(g);
    while (fine && !resolved && size < MAX_GUIDE) {
      size *= 2;
      g = guideOf(size);
      resolved = oneBoundaryPerBucket(g);
    }
    this.guide = g; // when not resolved, the search loop starts from the finest guide tried
    this.oneStep = resolved;
  }

  private int[] guideOf(int size) {
    int[] g = new int[size];
    for (int k = 0; k < size; k++) {
      g[k] = segmentFrom(0, total * k / size);
    }
    return g;
  }

  /** Whether the targets of every bucket [k, k+1)/size·total lie in its guide segment or the next one. */
  private boolean oneBoundaryPerBucket(int[] g) {
    for (int k = 0; k < g.length; k++) {
      if (segmentFrom(g[k], total * (k + 1) / g.length) > g[k] + 1) {
        return false;
      }
    }
    return true;
  }

  /** The last segment at or after {@code j} whose start is at or below the target. */
  private int segmentFrom(int j, double target) {
    int last = knots.length - 2;
    while (j < last && cumulative[j + 1] <= target) {
      j++;
    }
    return j;
  }

  /**
   * The inversion sampler of {@code table} on [low, high], or empty when rejection under {@code envelope} would
   * sample another distribution than the table's there (range outside the table, density above the envelope or
   * negative) or the density has no area.
   */
  static Optional<PiecewiseLinearInversion> of(LinearTable table, double low, double high, double envelope) {
    double[] xp = table.abscissae();
    if (!(low >= xp[0] && high <= xp[xp.length - 1] && low < high)) {
      return Optional.empty();
    }
    double[] inside = Arrays.stream(xp).filter(x -> x > low && x < high).toArray();
    double[] knots = new double[inside.length + 2];
    knots[0] = low;
    System.arraycopy(inside, 0, knots, 1, inside.length);
    knots[knots.length - 1] = high;
    double[] values = new double[knots.length];
    for (int j = 0; j < knots.length; j++) {
      values[j] = table.at(knots[j]);
      if (!(values[j] >= 0 && values[j] <= envelope)) {
        return Optional.empty();
      }
    }
    PiecewiseLinearInversion sampler = new PiecewiseLinearInversion(knots, values);
    return sampler.total > 0 ? Optional.of(sampler) : Optional.empty();
  }

  /**
   * Draws into out[from, to): the uniforms first, then their inversions (the same draws as {@link #draw} in a loop;
   * the second loop carries no generator state from one draw to the next, so the processor overlaps them).
   */
  void fill(double[] out, int from, int to, ChunkRandom random) {
    for (int i = from; i < to; i++) {
      out[i] = random.nextDouble();
    }
    for (int i = from; i < to; i++) {
      out[i] = inverse(out[i]);
    }
  }

  /** One draw. */
  double draw(ChunkRandom random) {
    return inverse(random.nextDouble());
  }

  /** The draw of uniform u ∈ [0, 1). */
  private double inverse(double u) {
    double target = u * total;
    // the guide's segment starts at or below every target of its bucket (u·size ≥ k, and the same rounding)
    int j = guide[(int) (u * guide.length)];
    if (oneStep) {
      j += j < knots.length - 2 && cumulative[j + 1] <= target ? 1 : 0;
    } else {
      j = segmentFrom(j, target);
    }
    double width = knots[j + 1] - knots[j];
    double f0 = values[j];
    double slope = slopes[j];
    double area = target - cumulative[j]; // ≥ 0: the segment starts at or below the target
    // f0·t + slope·t²/2 = area, in the form without cancellation; the clamps are comparisons, not Math.min and
    // max, whose double forms are slow on some processors (the same values for these finite, non-negative terms)
    double discriminant = f0 * f0 + 2 * slope * area;
    double root = Math.sqrt(discriminant > 0 ? discriminant : 0.0);
    double t = f0 + root > 0 ? 2 * area / (f0 + root) : 0.0;
    return knots[j] + (t < width ? t : width);
  }
}
