package io.caimira.api;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of report workers with a small bounded queue. A full queue rejects at once
 * ({@link RejectedExecutionException}) instead of queueing forever; a task that has not finished within the time
 * limit (waiting included) completes with {@link TimeoutException} and is cancelled (its thread is interrupted; a
 * computation that ignores interrupts keeps its worker until it ends).
 */
@Singleton
public class ReportExecutor {
  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  ReportExecutor(ReportConfig config, MeterRegistry registry) {
    int workers = config.workers().orElse(Runtime.getRuntime().availableProcessors());
    this.pool = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(Math.max(1, config.queue())), new WorkerThreads(),
        new ThreadPoolExecutor.AbortPolicy());
    this.timeout = config.timeout();
    registry.gauge("caimira.reports.running", pool, ThreadPoolExecutor::getActiveCount);
    registry.gauge("caimira.reports.queued", pool, p -> p.getQueue().size());
  }

  /**
   * Runs the task on the pool.
   *
   * @throws RejectedExecutionException when every worker is busy and the queue is full
   */
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Future<?> running = pool.submit(() -> {
      try {
        result.complete(task.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((value, error) -> {
      if (error instanceof TimeoutException) {
        running.cancel(true);
        pool.purge();
      }
    });
    return result;
  }

  public Duration timeout() {
    return timeout;
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread thread = new Thread(r, "caimira-report-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
