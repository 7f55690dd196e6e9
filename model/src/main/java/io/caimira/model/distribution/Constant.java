package io.caimira.model.distribution;

import io.caimira.model.sample.Samples;

/** A fixed value. Sampling returns a constant {@link Samples} (it broadcasts) and consumes no stream. */
public record Constant(double value) implements Distribution {
  @Override
  public Samples sample(int n, MonteCarloRandom rng) {
    if (n < 1) {
      throw new IllegalArgumentException("sample size must be positive: " + n);
    }
    return Samples.constant(value);
  }
}
