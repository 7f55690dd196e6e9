package io.caimira.model.montecarlo;

import io.caimira.model.distribution.Distribution;
import io.caimira.model.sample.Samples;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws shared between models built from the same seed — a report's scenario and its alternative scenarios. A draw
 * is fully determined by (seed, index of its first stream, distribution, sample size), so a sampler that is about
 * to make a draw another sampler of the same seed has already made takes that one's samples (immutable) instead of
 * drawing them again, and skips the streams the draw used. The numbers are those of an uncached build, bit for bit.
 *
 * <p>Distributions are compared with {@code equals}: records by value, the other distributions by identity (the
 * predefined ones are shared constants). Meant to live as long as one report.
 */
public final class DrawCache {
  private record Key(long seed, long stream, Distribution distribution, int size) {}

  /** The samples of a draw and how many streams it used. */
  record Draw(Samples samples, long streams) {}

  private final ConcurrentHashMap<Key, Draw> draws = new ConcurrentHashMap<>();

  Draw get(long seed, long stream, Distribution distribution, int size) {
    return draws.get(new Key(seed, stream, distribution, size));
  }

  void put(long seed, long stream, Distribution distribution, int size, Draw draw) {
    draws.putIfAbsent(new Key(seed, stream, distribution, size), draw);
  }

  /** The number of draws held. */
  public int size() {
    return draws.size();
  }
}
