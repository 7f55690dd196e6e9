package io.caimira.model.numeric;

import io.caimira.model.work.ParallelBlocks;

/**
 * Several sums over [0, n) formed at once, block by block on both cores: each block of {@link ParallelBlocks#BLOCK}
 * elements adds its terms into partial sums of its own, and the blocks' sums are added in block order, so the
 * result is the same on every run whatever the number of threads.
 */
public final class BlockSums {
  private BlockSums() {}

  /** The body of one block: adds its terms of elements [from, to) into {@code sums} (one slot per sum). */
  @FunctionalInterface
  public interface Body {
    void add(int from, int to, double[] sums);
  }

  /** The {@code count} sums over [0, n) that {@code body} forms. */
  public static double[] of(int n, int count, Body body) {
    int blocks = Math.max(1, (n + ParallelBlocks.BLOCK - 1) / ParallelBlocks.BLOCK);
    double[][] perBlock = new double[blocks][count];
    ParallelBlocks.run(n, (from, to) -> body.add(from, to, perBlock[from / ParallelBlocks.BLOCK]));
    double[] total = new double[count];
    for (double[] block : perBlock) {
      for (int k = 0; k < count; k++) {
        total[k] += block[k];
      }
    }
    return total;
  }
}
