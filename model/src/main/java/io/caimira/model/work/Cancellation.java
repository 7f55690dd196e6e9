package io.caimira.model.work;

import java.util.function.Supplier;

/**
 * Cooperative cancellation of a computation. A caller that gives up on a computation (a server's time limit)
 * interrupts the thread that asked for it; the model's long loops call {@link #check()} every so many iterations
 * and stop with {@link CancelledException}.
 *
 * <p>Work done on other threads on behalf of a request (parallel streams on the common fork-join pool, an
 * executor's tasks) watches the requesting thread, its <em>owner</em>: a parallel loop captures {@link #owner()}
 * before it starts and calls {@link #check(Thread)} inside; a task handed to an executor is wrapped with
 * {@link #onBehalfOf(Thread, Supplier)}. The check reads one volatile flag (and, outside the owner's thread, one
 * thread-local), so it is cheap enough to make every few thousand loop iterations.
 */
public final class Cancellation {
  private static final ThreadLocal<Thread> OWNER = new ThreadLocal<>();

  private Cancellation() {}

  /** The thread whose interrupt cancels the current work: the requester when working on behalf of one. */
  public static Thread owner() {
    Thread owner = OWNER.get();
    return owner == null ? Thread.currentThread() : owner;
  }

  /**
   * @throws CancelledException when the current work's owner has been interrupted (its flag is kept)
   */
  public static void check() {
    check(owner());
  }

  /**
   * @throws CancelledException when {@code owner} has been interrupted (its flag is kept)
   */
  public static void check(Thread owner) {
    if (owner.isInterrupted()) {
      throw new CancelledException();
    }
  }

  /** {@code task}, run so that the checks it makes (on any thread) watch {@code owner}. */
  public static <T> Supplier<T> onBehalfOf(Thread owner, Supplier<T> task) {
    return () -> {
      Thread previous = OWNER.get();
      OWNER.set(owner);
      try {
        return task.get();
      } finally {
        if (previous == null) {
          OWNER.remove();
        } else {
          OWNER.set(previous);
        }
      }
    };
  }
}
