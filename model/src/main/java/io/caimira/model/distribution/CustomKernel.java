package io.caimira.model.distribution;

/**
 * Sampling from a weighted Gaussian kernel density estimate: pick point i with probability w_i / Σw (by
 * inverting the cumulative weights: the first i with cumsum_i ≥ u·Σw, u ~ U(0, 1)), then add a Gaussian of
 * standard deviation {@code bandwidth}. Samples may fall outside the range of the points; with an exclusive lower
 * bound, a sample at or below it is drawn again (point and offset), so that a quantity that must stay positive (a
 * particle diameter) never gets a non-physical value — every other sample is the unbounded kernel's.
 */
public final class CustomKernel implements ChunkedDistribution {
  private final double[] points;
  private final double[] weights;
  private final double[] cumulativeWeights;
  private final double bandwidth;
  private final double lowerBound;
  /**
   * guide[k] = the answer of {@link #firstAtLeast} for the target k/K of the total: a target between two such
   * fractions is searched between their answers only (the answers are checked, so they are those of a full search).
   */
  private final int[] guide;
  private final double bucketsPerWeight;

  /** The arrays are copied; samples are unbounded. */
  public CustomKernel(double[] points, double[] weights, double bandwidth) {
    this(points, weights, bandwidth, Double.NEGATIVE_INFINITY);
  }

  /** The arrays are copied; every sample is above {@code lowerBound} (exclusive), which must lie below a point. */
  public CustomKernel(double[] points, double[] weights, double bandwidth, double lowerBound) {
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
    if (!(lowerBound < java.util.Arrays.stream(points).max().orElseThrow())) {
      throw new IllegalArgumentException("the lower bound must lie below the points: " + lowerBound);
    }
    this.lowerBound = lowerBound;
    int buckets = Math.max(1, weights.length);
    this.guide = new int[buckets + 1];
    for (int k = 0; k <= buckets; k++) {
      guide[k] = search(sum * k / buckets, 0, weights.length - 1);
    }
    this.bucketsPerWeight = buckets / sum;
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

  /** The exclusive lower bound of the samples (−∞ when unbounded). */
  public double lowerBound() {
    return lowerBound;
  }

  /** One draw (drawn again while at or below the lower bound). */
  double draw(ChunkRandom random) {
    double x;
    do {
      double target = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
      x = random.normal(points[firstAtLeast(target)], bandwidth);
    } while (!(x > lowerBound));
    return x;
  }

  /** The first index whose cumulative weight is ≥ target (numpy searchsorted, side left). */
  int firstAtLeast(double target) {
    int last = cumulativeWeights.length - 1;
    int bucket = Math.max(0, Math.min((int) (target * bucketsPerWeight), guide.length - 2));
    int lo = guide[bucket];
    int hi = guide[bucket + 1];
    if ((lo > 0 && cumulativeWeights[lo - 1] >= target) || cumulativeWeights[hi] < target) {
      lo = 0; // rounding put the target outside its bucket's bounds: search everything
      hi = last;
    }
    return search(target, lo, hi);
  }

  /** The first index in [lo, hi] whose cumulative weight is ≥ target (hi when there is none). */
  private int search(double target, int lo, int hi) {
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
