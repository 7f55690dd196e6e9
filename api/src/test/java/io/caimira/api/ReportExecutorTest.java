package io.caimira.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.work.Cancellation;
import io.caimira.model.work.CancelledException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool's admission rules, without HTTP: one worker and one place in the queue. */
class ReportExecutorTest {

  private static ReportExecutor pool(Duration timeout) {
    return new ReportExecutor(config(1, timeout, "256M"), new SimpleMeterRegistry());
  }

  private static ReportConfig config(int workers, Duration timeout, String heapPerReport) {
    return new ReportConfig() {
      @Override
      public OptionalInt workers() {
        return OptionalInt.of(workers);
      }

      @Override
      public MemorySize heapPerReport() {
        return new MemorySizeConverter().convert(heapPerReport);
      }

      @Override
      public MemorySize reservedHeap() {
        return new MemorySizeConverter().convert("256M");
      }

      @Override
      public int queue() {
        return 1;
      }

      @Override
      public Duration timeout() {
        return timeout;
      }

      @Override
      public int retryAfterSeconds() {
        return 5;
      }
    };
  }

  @Test
  void theWorkersAreNoMoreThanTheHeapHolds() {
    long gib = 1L << 30;
    // (1 GiB − 256 MiB reserved) / 256 MiB
    assertThat(ReportExecutor.workers(config(8, Duration.ofSeconds(1), "256M"), gib)).isEqualTo(3);
    assertThat(ReportExecutor.workers(config(8, Duration.ofSeconds(1), "288M"), gib)).isEqualTo(2);
    assertThat(ReportExecutor.workers(config(8, Duration.ofSeconds(1), "288M"), 384L << 20)).isEqualTo(1);
    assertThat(ReportExecutor.workers(config(2, Duration.ofSeconds(1), "256M"), 4 * gib)).isEqualTo(2);
    assertThat(ReportExecutor.workers(config(8, Duration.ofSeconds(1), "1G"), 512L << 20)).isEqualTo(1);
  }

  @Test
  void aTaskThatRunsOutOfMemoryFailsAloneAndTheWorkerGoesOn() throws Exception {
    ReportExecutor executor = pool(Duration.ofSeconds(30));
    CompletableFuture<long[]> greedy = executor.submit(() -> new long[Integer.MAX_VALUE - 8]);
    assertThatThrownBy(() -> greedy.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(OutOfMemoryError.class);
    assertThat(executor.submit(() -> 42).get(10, TimeUnit.SECONDS)).isEqualTo(42);
    executor.stop();
  }

  @Test
  void twoRequestsInQuickSuccessionAreBothAdmittedAndTheThirdIsRejected() throws Exception {
    ReportExecutor executor = pool(Duration.ofSeconds(30));
    // many rounds: a bounded executor queue rejected the second request while the idle worker was still taking
    // the first one out of the queue
    for (int round = 0; round < 200; round++) {
      CountDownLatch gate = new CountDownLatch(1);
      CompletableFuture<Integer> first = executor.submit(() -> {
        gate.await();
        return 1;
      });
      CompletableFuture<Integer> second = executor.submit(() -> 2);
      assertThatThrownBy(() -> executor.submit(() -> 3)).isInstanceOf(RejectedExecutionException.class);
      gate.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    }
    executor.stop();
  }

  @Test
  void aTimedOutQueuedRequestGivesBackItsPlaceWithoutRunning() throws Exception {
    ReportExecutor executor = pool(Duration.ofSeconds(1));
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Integer> running = executor.submit(() -> {
      awaitIgnoringInterrupts(release);
      return 1;
    });
    java.util.concurrent.atomic.AtomicBoolean queuedRan = new java.util.concurrent.atomic.AtomicBoolean();
    CompletableFuture<Integer> queued = executor.submit(() -> {
      queuedRan.set(true);
      return 2;
    });
    assertThatThrownBy(() -> queued.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    // the queue place is free again (the abandoned request left it) while the worker is still held
    CompletableFuture<Integer> next = awaitAdmittedOne(executor);
    assertThatThrownBy(() -> executor.submit(() -> 4)).isInstanceOf(RejectedExecutionException.class);
    release.countDown();
    assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(3);
    assertThat(queuedRan).as("the abandoned request never ran").isFalse();
    executor.stop();
  }

  @Test
  void aTimedOutRunningRequestIsCancelledAtItsNextCheckWithoutAnInterrupt(@TempDir Path dir) throws Exception {
    ReportExecutor executor = pool(Duration.ofMillis(300));
    Path file = Files.writeString(dir.resolve("data.txt"), "still readable");
    CompletableFuture<String> afterCancel = new CompletableFuture<>();
    CompletableFuture<Integer> running = executor.submit(() -> {
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      try {
        while (System.nanoTime() < giveUp) {
          Cancellation.check();
          Thread.onSpinWait();
        }
      } catch (CancelledException e) {
        // an interrupt would have closed this read's channel (ClosedByInterruptException), as it closes the jar a
        // worker may be loading a class from at that moment
        afterCancel.complete(Thread.currentThread().isInterrupted() + " " + Files.readString(file));
        throw e;
      }
      return 1;
    });
    assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    assertThat(afterCancel.get(5, TimeUnit.SECONDS)).as("interrupted?, then a file read after the cancel")
        .isEqualTo("false still readable");
    // the mark is gone with the task: the next task on the same worker runs its checks without stopping
    assertThat(executor.submit(() -> {
      Cancellation.check();
      return Thread.currentThread().isInterrupted();
    }).get(5, TimeUnit.SECONDS)).isFalse();
    awaitAdmitted(executor);
    executor.stop();
  }

  @Test
  void aTaskWithoutChecksKeepsItsPlaceUntilItEnds() throws Exception {
    ReportExecutor executor = pool(Duration.ofMillis(200));
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Integer> stubborn = executor.submit(() -> {
      awaitIgnoringInterrupts(release);
      return 1;
    });
    assertThatThrownBy(() -> stubborn.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
    CompletableFuture<Integer> waiting = executor.submit(() -> 2); // the queue place
    assertThatThrownBy(() -> executor.submit(() -> 3)).isInstanceOf(RejectedExecutionException.class);
    release.countDown();
    assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    awaitAdmitted(executor);
    executor.stop();
  }

  private static void awaitIgnoringInterrupts(CountDownLatch release) {
    while (release.getCount() > 0) {
      try {
        release.await(10, TimeUnit.MILLISECONDS);
      } catch (InterruptedException ignored) {
        // goes on, as a computation without checkpoints would
      }
    }
  }

  /** One request admitted (retrying briefly while an abandoned one returns its place). */
  private static CompletableFuture<Integer> awaitAdmittedOne(ReportExecutor executor) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try {
        return executor.submit(() -> 3);
      } catch (RejectedExecutionException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(10);
      }
    }
  }

  /** Two requests in a row are admitted and answered (retrying briefly while a finishing task returns its place). */
  private static void awaitAdmitted(ReportExecutor executor) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try {
        CompletableFuture<Integer> a = executor.submit(() -> 10);
        CompletableFuture<Integer> b = executor.submit(() -> 20);
        assertThat(a.get(5, TimeUnit.SECONDS) + b.get(5, TimeUnit.SECONDS)).isEqualTo(30);
        return;
      } catch (RejectedExecutionException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(10);
      }
    }
  }
}
