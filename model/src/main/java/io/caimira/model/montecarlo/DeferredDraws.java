package io.caimira.model.montecarlo;

import io.caimira.model.distribution.ChunkedDistribution;
import io.caimira.model.distribution.RandomStream;
import io.caimira.model.sample.BlockStatistics;
import io.caimira.model.sample.Samples;
import io.caimira.model.work.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The draws of one model build, made while the build goes on. Each draw takes its stream when it is asked for (so
 * the numbers are those of an immediate draw) and is queued on the common fork-join pool; it is made by the first
 * thread that gets to it: a pool thread, or the building thread when it needs the samples, or when it waits for
 * another draw, or at the end of the build ({@link #finish()}). One draw is made on one thread, chunk after chunk,
 * so several draws run side by side on the cores instead of each being split across them; each chunk's statistics
 * are recorded as soon as it is drawn, so the samples' summary costs no pass of its own.
 *
 * <p>Only the building thread asks for draws; any thread may wait for one.
 */
final class DeferredDraws {
  private final List<Draw> draws = new ArrayList<>();
  /** The thread whose cancellation stops the draws. */
  private final Thread owner = Cancellation.owner();
  /** The building thread: the only one that asks for draws. */
  private final Thread builder = Thread.currentThread();

  /** Deferred samples of {@code distribution} from {@code stream}. */
  Samples draw(int size, RandomStream stream, ChunkedDistribution distribution) {
    Draw draw = new Draw(size, stream, distribution);
    draws.add(draw);
    ForkJoinPool.commonPool().execute(draw::makeIfUnclaimed);
    return Samples.deferred(draw);
  }

  /** Waits until every draw asked for so far is made (making those nobody has started). */
  void finish() {
    for (Draw draw : draws) {
      draw.await();
    }
  }

  /** Drops the draws nobody has started: awaiting one throws. */
  void abandon() {
    for (Draw draw : draws) {
      draw.abandon();
    }
  }

  /** Makes, on the calling thread, the draws nobody has started yet (in the order they were asked for). */
  private void help() {
    for (int k = 0; k < draws.size(); k++) {
      draws.get(k).makeIfUnclaimed();
    }
  }

  private final class Draw implements Samples.Deferred {
    private final int size;
    private final RandomStream stream;
    private final ChunkedDistribution distribution;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile double[] values;
    private volatile Samples.Summary summary;
    private volatile Throwable failure;

    Draw(int size, RandomStream stream, ChunkedDistribution distribution) {
      this.size = size;
      this.stream = stream;
      this.distribution = distribution;
    }

    @Override
    public int size() {
      return size;
    }

    void makeIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        BlockStatistics statistics = BlockStatistics.forSize(size);
        double[] drawn = stream.fillInOrder(size, distribution, owner, statistics);
        summary = statistics.summary();
        values = drawn;
      } catch (RuntimeException | Error e) {
        failure = e; // thrown by every thread that awaits the draw
      } finally {
        done.countDown();
      }
    }

    void abandon() {
      if (claimed.compareAndSet(false, true)) {
        failure = new IllegalStateException("The draw was abandoned with the build that asked for it");
        done.countDown();
      }
    }

    @Override
    public double[] await() {
      makeIfUnclaimed();
      if (done.getCount() > 0) {
        // another thread is making this one: make the others meanwhile, then wait (the draw stops within a chunk
        // when its work is cancelled, so the wait is short)
        if (Thread.currentThread() == builder) {
          help();
        }
        boolean interrupted = false;
        while (true) {
          try {
            done.await();
            break;
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      Throwable f = failure;
      if (f instanceof RuntimeException e) {
        throw e;
      }
      if (f instanceof Error e) {
        throw e;
      }
      return values;
    }

    @Override
    public Samples.Summary summary() {
      return summary;
    }
  }
}
