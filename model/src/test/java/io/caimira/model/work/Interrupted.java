package io.caimira.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs a computation as a cancelled request would: its owner thread interrupted. Answers the exception, checked to
 * be a {@link CancelledException} raised (on whatever thread) by a check made in the named class.
 */
public final class Interrupted {
  private Interrupted() {}

  /** Runs {@code work} on the current thread with its interrupt flag set; the flag is cleared afterwards. */
  public static CancelledException onThisThread(Runnable work, String checkedIn) {
    Thread.currentThread().interrupt();
    Throwable thrown;
    try {
      thrown = catchThrowable(work::run);
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag is kept").isTrue();
    } finally {
      Thread.interrupted();
    }
    return checked(thrown, checkedIn);
  }

  /**
   * Runs {@code work} on another thread (not interrupted) on behalf of an interrupted owner, as a report's
   * helper threads do.
   */
  public static CancelledException onBehalfOfAnInterruptedOwner(Runnable work, String checkedIn)
      throws InterruptedException {
    Object lock = new Object();
    Thread owner;
    Throwable thrown;
    synchronized (lock) {
      // the owner waits to enter the lock held here: an interrupt leaves it waiting, its flag set
      owner = new Thread(() -> {
        synchronized (lock) {
          lock.notifyAll();
        }
      });
      owner.setDaemon(true);
      owner.start();
      while (owner.getState() != Thread.State.BLOCKED) {
        Thread.onSpinWait();
      }
      owner.interrupt();
      Supplier<Object> task = Cancellation.onBehalfOf(owner, () -> {
        work.run();
        return null;
      });
      thrown = catchThrowable(() -> CompletableFuture.supplyAsync(task, r -> new Thread(r).start()).join());
    }
    owner.join();
    if (thrown instanceof CompletionException && thrown.getCause() != null) {
      thrown = thrown.getCause();
    }
    return checked(thrown, checkedIn);
  }

  private static CancelledException checked(Throwable thrown, String checkedIn) {
    assertThat(thrown).isInstanceOf(CancelledException.class);
    assertThat(checkedBy(thrown)).as("the class whose check stopped the work").contains(checkedIn);
    return (CancelledException) thrown;
  }

  /** The simple names of the classes that called Cancellation.check in the exception and its causes. */
  private static java.util.List<String> checkedBy(Throwable thrown) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Throwable e = thrown; e != null; e = e.getCause()) {
      StackTraceElement[] frames = e.getStackTrace();
      for (int i = 0; i + 1 < frames.length; i++) {
        if (frames[i].getClassName().equals(Cancellation.class.getName())
            && !frames[i + 1].getClassName().equals(Cancellation.class.getName())) {
          String name = frames[i + 1].getClassName();
          name = name.substring(name.lastIndexOf('.') + 1);
          out.add(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
          break;
        }
      }
    }
    return out;
  }
}
