package io.caimira.model.distribution;

/** Gaussian distribution: mean + sd·Z. */
public record Normal(double mean, double standardDeviation) implements ChunkedDistribution {
  public Normal {
    if (!(standardDeviation >= 0)) {
      throw new IllegalArgumentException("standard deviation must be >= 0: " + standardDeviation);
    }
  }

  @Override
  public void fill(double[] out, int from, int to, ChunkRandom random) {
    for (int i = from; i < to; i++) {
      out[i] = mean + standardDeviation * random.gaussian();
    }
  }
}
