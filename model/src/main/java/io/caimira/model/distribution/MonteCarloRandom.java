package io.caimira.model.distribution;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The source of randomness of one Monte-Carlo evaluation (one report). It hands out {@link RandomStream}s in
 * request order: stream k is derived from (seed, k) only. Two instances built from the same seed, asked for
 * streams in the same order, produce identical samples, whatever the number of threads filling each stream.
 *
 * <p>Requests must come in a deterministic order (typically one thread building a model field by field); the
 * counter itself is atomic, so concurrent requests are safe but their order, and hence the numbers, is then
 * not reproducible.
 */
public final class MonteCarloRandom {
  private static final long STREAM_MULTIPLIER = 0x9E3779B97F4A7C15L;
  /** For the seeds of side sources: another odd constant, so that they stay apart from the streams' seeds. */
  private static final long SIDE_MULTIPLIER = 0xC2B2AE3D27D4EB4FL;

  /** Sources of streams kept apart from the main sequence ({@link #side}). */
  public enum Side {
    /** The masks' efficiencies: a model with masks draws everything else as the same model without. */
    MASKS
  }

  private final long seed;
  private final AtomicLong nextStream = new AtomicLong();

  private MonteCarloRandom(long seed) {
    this.seed = seed;
  }

  /** A reproducible source: the same seed gives the same numbers. */
  public static MonteCarloRandom withSeed(long seed) {
    return new MonteCarloRandom(seed);
  }

  /** A source with a seed from the system's entropy; {@link #seed()} tells it, so a run can be replayed. */
  public static MonteCarloRandom fromEntropy() {
    return new MonteCarloRandom(new SecureRandom().nextLong());
  }

  public long seed() {
    return seed;
  }

  /** The next independent stream; each distribution draw asks for exactly one. */
  public RandomStream nextStream() {
    long index = nextStream.getAndIncrement();
    return new RandomStream(SeedMixer.child(seed, index, STREAM_MULTIPLIER));
  }

  /**
   * A source of its own for {@code side}, derived from this source's seed alone: its streams do not depend on, nor
   * shift, the streams handed out here.
   */
  public MonteCarloRandom side(Side side) {
    return new MonteCarloRandom(SeedMixer.child(seed, side.ordinal(), SIDE_MULTIPLIER));
  }

  /** How many streams have been handed out so far. */
  public long streamsUsed() {
    return nextStream.get();
  }
}
