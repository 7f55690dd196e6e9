package io.caimira.model.distribution;

/** Continuous uniform distribution on [low, high): low + (high − low)·u. */
public record Uniform(double low, double high) implements ChunkedDistribution {
  public Uniform {
    if (!(low <= high)) {
      throw new IllegalArgumentException("Uniform needs low <= high: " + low + ", " + high);
    }
  }

  @Override
  public void fill(double[] out, int from, int to, ChunkRandom random) {
    double width = high - low;
    for (int i = from; i < to; i++) {
      out[i] = low + width * random.nextDouble();
    }
  }
}
