package io.caimira.model.distribution;

/** Bit mixing used to derive independent seeds from (seed, index) pairs. */
final class SeedMixer {
  private SeedMixer() {}

  /** The SplitMix64 finaliser (Stafford's "Mix13"): a bijection of 64-bit values with strong avalanche. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A seed for child {@code index} of {@code parent}. Different odd multipliers for the two derivation levels
   * keep a stream's chunk seeds apart from its sibling streams' seeds.
   */
  static long child(long parent, long index, long oddMultiplier) {
    return mix64(parent + (index + 1) * oddMultiplier);
  }
}
