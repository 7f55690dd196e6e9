package io.caimira.model.distribution;

/**
 * Sampling from a weighted Gaussian kernel density estimate: pick point i with probability w_i / Σw (by
 * inverting the cumulative weights: the first i with cumsum_i ≥ u·Σw, u ~ U(0, 1)), then add a Gaussian of
 * standard deviation {@code bandwidth}. Samples may fall outside the range of the points.
 */
public final class CustomKernel implements ChunkedDistribution {
  private final double[] points;
  private final double[] weights;
  private final double[] cumulativeWeights;
  private final double bandwidth;

  /** The arrays are copied. */
  public CustomKernel(double[] points, double[] weights, double bandwidth) {
    if (points.length == 0 || points.length != weights.length) {
      throw new IllegalArgumentException(
          "points and weights must be non-empty and of equal length: "
              + points.length
              + ", "
              + weights.length);
    }
    if (!(bandwidth > 0)) {
      throw new IllegalArgumentException("bandwidth must be positive: " + bandwidth);
    }
    this.points = points.clone();
    this.weights = weights.clone();
    this.cumulativeWeights = new double[weights.length];
    double sum = 0.0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) {
        throw new IllegalArgumentException("weights must be non-negative: " + weights[i]);
      }
      sum += weights[i];
      cumulativeWeights[i] = sum;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    this.bandwidth = bandwidth;
  }

  public double[] points() {
    return points.clone();
  }

  public double[] weights() {
    return weights.clone();
  }

  public double bandwidth() {
    return bandwidth;
  }

  public int size() {
    return points.length;
  }

  /** One draw. */
  double draw(ChunkRandom random) {
    double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
    return random.normal(points[firstAtLeast(target)], bandwidth);
  }

  /** The first index whose cumulative weight is ≥ target (numpy searchsorted, side left). */
  private int firstAtLeast(double target) {
    int lo = 0;
    int hi = cumulativeWeights.length - 1; // target never exceeds the total, so the answer is ≤ last index
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulativeWeights[mid] < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public void fill(double[] out, int from, int to, ChunkRandom random) {
    for (int i = from; i < to; i++) {
      out[i] = draw(random);
    }
  }
}
