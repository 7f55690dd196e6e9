package io.caimira.model.work;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Cooperative cancellation of a computation. A caller that gives up on a computation (a server's time limit)
 * marks the thread that asked for it with {@link #cancel(Thread)}, or interrupts it; the model's long loops call
 * {@link #check()} every so many iterations and stop with {@link CancelledException}.
 *
 * <p>A server should mark rather than interrupt: an interrupt also closes any file channel the thread happens to
 * be reading at that moment, and a worker that is loading a class or a resource from a jar at that moment breaks
 * that read for good (the class stays uninitialisable, the jar's file system closed). A mark is only seen by the
 * checks.
 *
 * <p>Work done on other threads on behalf of a request (parallel streams on the common fork-join pool, an
 * executor's tasks) watches the requesting thread, its <em>owner</em>: a parallel loop captures {@link #owner()}
 * before it starts and calls {@link #check(Thread)} inside; a task handed to an executor is wrapped with
 * {@link #onBehalfOf(Thread, Supplier)}. The check reads one volatile flag (and, outside the owner's thread, one
 * thread-local), so it is cheap enough to make every few thousand loop iterations.
 */
public final class Cancellation {
  private static final ThreadLocal<Thread> OWNER = new ThreadLocal<>();
  /** The threads whose current work has been cancelled with {@link #cancel(Thread)}. */
  private static final Set<Thread> CANCELLED = ConcurrentHashMap.newKeySet();
  /** How many threads are marked: the checks read this one field while none is. */
  private static final AtomicInteger MARKED = new AtomicInteger();

  private Cancellation() {}

  /** The thread whose cancellation cancels the current work: the requester when working on behalf of one. */
  public static Thread owner() {
    Thread owner = OWNER.get();
    return owner == null ? Thread.currentThread() : owner;
  }

  /**
   * Asks the work that {@code worker} does, and the work done on its behalf, to stop at its next check, without
   * interrupting it. The mark stays until {@link #clear(Thread)}.
   */
  public static void cancel(Thread worker) {
    if (CANCELLED.add(worker)) {
      MARKED.incrementAndGet();
    }
  }

  /** Removes the mark of {@link #cancel(Thread)}: the thread's next work is not cancelled. */
  public static void clear(Thread worker) {
    if (CANCELLED.remove(worker)) {
      MARKED.decrementAndGet();
    }
  }

  /** Whether {@code owner}'s work has been cancelled: marked with {@link #cancel(Thread)} or interrupted. */
  public static boolean isCancelled(Thread owner) {
    return owner.isInterrupted() || (MARKED.get() != 0 && CANCELLED.contains(owner));
  }

  /**
   * @throws CancelledException when the current work's owner has been cancelled (an interrupt flag is kept)
   */
  public static void check() {
    check(owner());
  }

  /**
   * @throws CancelledException when {@code owner} has been cancelled (an interrupt flag is kept)
   */
  public static void check(Thread owner) {
    if (isCancelled(owner)) {
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
