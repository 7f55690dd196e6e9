package io.caimira.model.distribution;

import io.caimira.model.sample.BlockStatistics;
import io.caimira.model.work.Cancellation;
import io.caimira.model.work.ParallelBlocks;

/**
 * The random numbers of one distribution draw. A stream fills an array in chunks of {@link #CHUNK_SIZE}
 * samples; chunk c gets its own {@link ChunkRandom} whose seed is derived from (stream seed, c) alone. The
 * chunks of a large array are filled in parallel on the current fork-join pool, and the result is the same
 * whatever the number of threads.
 */
public final class RandomStream {
  /**
   * Samples per chunk; changing it changes the numbers drawn for a given seed. A chunk is a block of
   * {@link ParallelBlocks} and {@link BlockStatistics}.
   */
  public static final int CHUNK_SIZE = ParallelBlocks.BLOCK;

  private static final long CHUNK_MULTIPLIER = 0xD1B54A32D192ED03L;

  private final long seed;

  RandomStream(long seed) {
    this.seed = seed;
  }

  /** The derived seed of this stream (for diagnostics). */
  public long seed() {
    return seed;
  }

  /** The generator of chunk {@code index}. */
  public ChunkRandom chunk(int index) {
    return new ChunkRandom(SeedMixer.child(seed, index, CHUNK_MULTIPLIER));
  }

  /**
   * As {@link #fill}, on the calling thread alone, chunk after chunk (the same numbers), checking at every chunk
   * whether {@code owner}'s work has been cancelled.
   */
  public double[] fillInOrder(int n, ChunkSampler sampler, Thread owner) {
    return fillInOrder(n, sampler, owner, null);
  }

  /**
   * As {@link #fillInOrder(int, ChunkSampler, Thread)}, recording each chunk into {@code statistics} (null: none)
   * right after it is drawn: a chunk is one of their blocks.
   */
  public double[] fillInOrder(int n, ChunkSampler sampler, Thread owner, BlockStatistics statistics) {
    if (n < 1) {
      throw new IllegalArgumentException("sample size must be positive: " + n);
    }
    double[] out = new double[n];
    fillChunks(out, 0, chunks(n), sampler, owner, statistics);
    return out;
  }

  /** The number of chunks of an array of {@code n} samples. */
  public static int chunks(int n) {
    return (n + CHUNK_SIZE - 1) / CHUNK_SIZE;
  }

  /**
   * Fills chunks [first, end) of {@code out} on the calling thread, in order, as {@link #fillInOrder} fills them
   * (the same numbers: a chunk's depend on its index alone), recording each into {@code statistics} (null: none)
   * and checking at every chunk whether {@code owner}'s work has been cancelled. Distinct chunks of one array may be
   * filled by different threads.
   */
  public void fillChunks(double[] out, int first, int end, ChunkSampler sampler, Thread owner,
      BlockStatistics statistics) {
    int n = out.length;
    for (int c = first; c < end; c++) {
      Cancellation.check(owner);
      int from = c * CHUNK_SIZE;
      int to = Math.min(n, from + CHUNK_SIZE);
      sampler.fill(out, from, to, chunk(c));
      if (statistics != null) {
        statistics.record(out, from, to);
      }
    }
  }

  /** A fresh array of {@code n} samples filled by {@code sampler}, chunk by chunk. */
  public double[] fill(int n, ChunkSampler sampler) {
    return fill(n, sampler, null);
  }

  /** As {@link #fill(int, ChunkSampler)}, recording each chunk into {@code statistics} (null: none). */
  public double[] fill(int n, ChunkSampler sampler, BlockStatistics statistics) {
    if (n < 1) {
      throw new IllegalArgumentException("sample size must be positive: " + n);
    }
    double[] out = new double[n];
    Thread owner = Cancellation.owner();
    ParallelBlocks.run(n, CHUNK_SIZE, (from, to) -> {
      int c = from / CHUNK_SIZE;
      fillChunks(out, c, c + 1, sampler, owner, statistics);
    });
    return out;
  }
}
