package io.caimira.model.work;

import java.util.stream.IntStream;

/**
 * Runs an element-wise computation over [0, n) in fixed blocks on the common fork-join pool (the calling thread
 * takes part), checking for cancellation at every block. Each block writes only its own elements, so the result
 * is the same whatever the number of threads; arrays too small to be worth splitting run on the calling thread.
 */
public final class ParallelBlocks {
  /** Elements per block. */
  public static final int BLOCK = 16_384;

  private ParallelBlocks() {}

  /** The body of one block: elements [from, to). */
  @FunctionalInterface
  public interface Block {
    void run(int from, int to);
  }

  /** Runs {@code body} on every block of {@link #BLOCK} elements of [0, n). */
  public static void run(int n, Block body) {
    run(n, BLOCK, body);
  }

  /** Runs {@code body} on every block of {@code size} elements of [0, n) (block b starts at b·size). */
  public static void run(int n, int size, Block body) {
    int blocks = (n + size - 1) / size;
    if (blocks <= 1) {
      body.run(0, n);
      return;
    }
    Thread owner = Cancellation.owner();
    IntStream.range(0, blocks).parallel().forEach(b -> {
      Cancellation.check(owner);
      int from = b * size;
      body.run(from, Math.min(n, from + size));
    });
  }
}
