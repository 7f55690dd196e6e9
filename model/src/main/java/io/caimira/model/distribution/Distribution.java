package io.caimira.model.distribution;

import io.caimira.model.sample.Samples;

/** A probability distribution that a Monte-Carlo model field can be sampled from. */
public interface Distribution {
  /**
   * Draws {@code n} independent samples. A draw asks {@code rng} for at most one stream, so the order of draws
   * fixes the numbers for a given seed.
   */
  Samples sample(int n, MonteCarloRandom rng);
}
