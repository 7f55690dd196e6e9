package io.caimira.api;

import io.caimira.model.work.Cancellation;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of report workers with a small bounded waiting line. Admission is counted with permits (workers +
 * queue places), taken when a request arrives and returned when its task has really ended, so that a full server
 * rejects at once ({@link RejectedExecutionException}) and an idle worker never causes a rejection (a bounded
 * executor queue would reject while the worker is still picking up the previous task). A task that has not
 * finished within the time limit (waiting included) completes with {@link TimeoutException} and is cancelled: its
 * thread is marked ({@link Cancellation#cancel(Thread)}), and the calculator stops at its next check. The thread is
 * not interrupted: an interrupt that lands while the worker reads a class or a resource from a jar closes that
 * jar's channel and leaves the class broken for every later request.
 */
@Singleton
public class ReportExecutor {
  private final ThreadPoolExecutor pool;
  private final Semaphore admitted;
  private final Duration timeout;

  ReportExecutor(ReportConfig config, MeterRegistry registry) {
    int workers = workers(config, Runtime.getRuntime().maxMemory());
    this.pool = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
        new WorkerThreads());
    this.admitted = new Semaphore(workers + Math.max(1, config.queue()));
    this.timeout = config.timeout();
    registry.gauge("caimira.reports.running", pool, ThreadPoolExecutor::getActiveCount);
    registry.gauge("caimira.reports.queued", pool, p -> p.getQueue().size());
  }

  /**
   * The configured workers (default: the processors), no more than the heap left by the server's own data can hold
   * at once: a few reports at their peak must not exhaust it, whatever the number of processors. At least one.
   */
  static int workers(ReportConfig config, long maxHeap) {
    int wanted = config.workers().orElse(Runtime.getRuntime().availableProcessors());
    long perReport = Math.max(1, config.heapPerReport().asLongValue());
    long free = Math.max(0, maxHeap - config.reservedHeap().asLongValue());
    int heapBound = (int) Math.max(1, Math.min(Integer.MAX_VALUE, free / perReport));
    return Math.max(1, Math.min(wanted, heapBound));
  }

  /**
   * Runs the task on the pool.
   *
   * @throws RejectedExecutionException when every worker is busy and the queue is full
   */
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    if (!admitted.tryAcquire()) {
      throw new RejectedExecutionException("every report worker is busy and the queue is full");
    }
    Job<T> job = new Job<>(task);
    try {
      pool.execute(job);
    } catch (RejectedExecutionException e) {
      admitted.release();
      throw e;
    }
    job.result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((value, error) -> {
      if (error instanceof TimeoutException) {
        job.abandon();
      }
    });
    return inCallersContext(job.result);
  }

  /**
   * The same outcome, completed with the caller's context class loader set: what follows the answer (building the
   * HTTP response) may run on the worker or on the timer thread of the time limit, whose class loader does not
   * see the application's classes.
   */
  private static <T> CompletableFuture<T> inCallersContext(CompletableFuture<T> result) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    CompletableFuture<T> answer = new CompletableFuture<>();
    result.whenComplete((value, error) -> {
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        if (error == null) {
          answer.complete(value);
        } else {
          answer.completeExceptionally(error);
        }
      } finally {
        thread.setContextClassLoader(previous);
      }
    });
    return answer;
  }

  /** One admitted task; its permit is returned exactly once, when it ends or is abandoned before it starts. */
  private final class Job<T> implements Runnable {
    private static final int WAITING = 0;
    private static final int RUNNING = 1;
    private static final int OVER = 2;

    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Callable<T> task;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private volatile Thread worker;

    Job(Callable<T> task) {
      this.task = task;
    }

    @Override
    public void run() {
      worker = Thread.currentThread();
      if (!state.compareAndSet(WAITING, RUNNING)) {
        worker = null;
        return;
      }
      T value = null;
      Throwable error = null;
      try {
        value = task.call();
      } catch (Throwable e) {
        error = e;
      } finally {
        synchronized (this) {
          state.set(OVER);
          Cancellation.clear(worker); // an abandon() must not reach the worker's next task
          Thread.interrupted(); // nor an interrupt from the task itself
          worker = null;
        }
        admitted.release(); // before the answer, so that a caller who got it can be admitted again
      }
      if (error == null) {
        result.complete(value);
      } else {
        result.completeExceptionally(error);
      }
    }

    void abandon() {
      if (state.compareAndSet(WAITING, OVER)) {
        pool.remove(this);
        admitted.release();
        return;
      }
      synchronized (this) {
        Thread running = worker;
        if (state.get() == RUNNING && running != null) {
          Cancellation.cancel(running);
        }
      }
    }
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
