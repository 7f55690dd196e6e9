package io.caimira.model.distribution;

/**
 * Fills the slice [from, to) of a sample array from one chunk generator. Implementations must draw only from
 * {@code random} and must not depend on any other slice, so that chunks can be filled in any order or in
 * parallel.
 */
@FunctionalInterface
public interface ChunkSampler {
  void fill(double[] out, int from, int to, ChunkRandom random);
}
