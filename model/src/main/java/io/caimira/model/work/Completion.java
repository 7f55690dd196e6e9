package io.caimira.model.work;

import java.util.concurrent.CountDownLatch;

/**
 * Waiting for work that other threads are finishing, and passing on how it failed: shared by the block runner and the
 * deferred draws, whose waits are short (the work stops within a block or chunk when it is cancelled).
 */
public final class Completion {
  private Completion() {}

  /** Waits for {@code latch} to reach zero; an interrupt meanwhile is kept on the thread, not acted on. */
  public static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Throws {@code failure} when it is an unchecked exception or an error; nothing when it is null. */
  public static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
