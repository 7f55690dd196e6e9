package io.caimira.model.work;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an element-wise computation over [0, n) in fixed blocks, checking for cancellation at every block. Each block
 * writes only its own elements, so the result is the same whatever the number of threads; arrays too small to be
 * worth splitting run on the calling thread.
 *
 * <p>The blocks are handed out one at a time from a shared counter: the calling thread starts on them at once, and
 * helpers sent to the common fork-join pool take the next block whenever they get to run. A helper that wakes late
 * (a parked thread can take a fraction of a millisecond to run on a virtual machine) finds fewer blocks left instead
 * of holding a fixed share that the caller then waits for, as a parallel stream's split does.
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
    new Run(n, size, blocks, body, Cancellation.owner()).go();
  }

  /** One parallel run: the counter of blocks handed out, and of blocks finished. */
  private static final class Run {
    private final int n;
    private final int size;
    private final int blocks;
    private final Block body;
    private final Thread owner;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch finished;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Run(int n, int size, int blocks, Block body, Thread owner) {
      this.n = n;
      this.size = size;
      this.blocks = blocks;
      this.body = body;
      this.owner = owner;
      this.finished = new CountDownLatch(blocks);
    }

    void go() {
      int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), blocks - 1);
      for (int h = 0; h < helpers; h++) {
        ForkJoinPool.commonPool().execute(this::drain);
      }
      drain();
      // the blocks still running are a helper's, which is running them: wait for them
      Completion.awaitUninterruptibly(finished);
      Completion.rethrow(failure.get());
    }

    /** Takes blocks until none is left (after a failure, the others are counted without being run). */
    private void drain() {
      int b;
      while ((b = next.getAndIncrement()) < blocks) {
        try {
          if (failure.get() == null) {
            Cancellation.check(owner);
            int from = b * size;
            body.run(from, Math.min(n, from + size));
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        } finally {
          finished.countDown();
        }
      }
    }
  }
}
