package io.caimira.model.distribution;

import io.caimira.model.numeric.TableExp;

/**
 * Log-normal distribution parameterised by its underlying Gaussian: exp(μ + σ·Z). Mean exp(μ + σ²/2), variance
 * (exp(σ²) − 1)·exp(2μ + σ²). Draws take the exponential from {@link TableExp}: the same samples for a seed on
 * every JVM.
 */
public record LogNormal(double meanGaussian, double standardDeviationGaussian)
    implements ChunkedDistribution {
  public LogNormal {
    if (!(standardDeviationGaussian >= 0)) {
      throw new IllegalArgumentException(
          "standard deviation must be >= 0: " + standardDeviationGaussian);
    }
  }

  public double mean() {
    return Math.exp(meanGaussian + 0.5 * standardDeviationGaussian * standardDeviationGaussian);
  }

  public double standardDeviation() {
    double s2 = standardDeviationGaussian * standardDeviationGaussian;
    return Math.sqrt(Math.expm1(s2) * Math.exp(2 * meanGaussian + s2));
  }

  @Override
  public void fill(double[] out, int from, int to, ChunkRandom random) {
    // the deviates first, then the exponentials: the same numbers as one loop, twice as fast (the exp stub's call
    // breaks the pipelining of the ziggurat's loop)
    for (int i = from; i < to; i++) {
      out[i] = random.gaussian();
    }
    for (int i = from; i < to; i++) {
      out[i] = TableExp.exp(meanGaussian + standardDeviationGaussian * out[i]);
    }
  }
}
