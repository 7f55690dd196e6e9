package io.caimira.model.distribution;

/**
 * The generator that fills one chunk of a sample array: SplitMix64 (Steele, Lea &amp; Flood 2014, the algorithm
 * behind {@code java.util.SplittableRandom}) implemented here so that its output is fixed by this code and not
 * by a JDK version. Not thread-safe: each chunk owns its instance.
 *
 * <p>Uniform doubles take the top 53 bits of a 64-bit output. Standard normal deviates come from the
 * {@link Ziggurat}, whose numbers are the same on every platform and JIT tier.
 */
public final class ChunkRandom {
  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private static final double ULP53 = 0x1.0p-53;

  private long state;

  ChunkRandom(long seed) {
    this.state = seed;
  }

  /** A generator seeded directly, for tests and tools; model code receives its generators from a stream. */
  public static ChunkRandom seeded(long seed) {
    return new ChunkRandom(seed);
  }

  /** The next 64 random bits. */
  public long nextLong() {
    state += GAMMA;
    return SeedMixer.mix64(state);
  }

  /** Uniform on [0, 1), a multiple of 2⁻⁵³. */
  public double nextDouble() {
    return (nextLong() >>> 11) * ULP53;
  }

  /** Uniform on [lo, hi): lo + (hi − lo)·u, the same affine map as numpy's {@code uniform}. */
  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * nextDouble();
  }

  /** A standard normal deviate ({@link Ziggurat}). */
  public double gaussian() {
    return Ziggurat.next(this);
  }

  /** A normal deviate with the given mean and standard deviation. */
  public double normal(double mean, double sd) {
    return mean + sd * gaussian();
  }
}
