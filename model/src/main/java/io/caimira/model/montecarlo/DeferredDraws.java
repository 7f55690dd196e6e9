package io.caimira.model.montecarlo;

import io.caimira.model.distribution.ChunkedDistribution;
import io.caimira.model.distribution.RandomStream;
import io.caimira.model.sample.BlockStatistics;
import io.caimira.model.sample.Samples;
import io.caimira.model.work.Cancellation;
import io.caimira.model.work.Completion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The draws of one model build, made while the build goes on. Each draw takes its stream when it is asked for (so
 * the numbers are those of an immediate draw) and its parts (up to {@value #PARTS} runs of consecutive chunks) are
 * queued on the common fork-join pool; a part is made by the first thread that gets to it: a pool thread, or the
 * building thread when it needs the samples, or when it waits for another draw, or at the end of the build
 * ({@link #finish()}). A part is made on one thread, chunk after chunk, so several draws run side by side on the
 * cores, and parts keep the threads' shares even when the draws are of unequal length; each chunk's statistics are
 * recorded as soon as it is drawn, so the samples' summary costs no pass of its own.
 *
 * <p>Only the building thread asks for draws; any thread may wait for one.
 */
final class DeferredDraws {
  /** Parts a draw is cut into (consecutive chunks each). */
  static final int PARTS = 4;

  private final List<Draw> draws = new ArrayList<>();
  /** The thread whose cancellation stops the draws. */
  private final Thread owner = Cancellation.owner();
  /** The building thread: the only one that asks for draws. */
  private final Thread builder = Thread.currentThread();

  /** Deferred samples of {@code distribution} from {@code stream}. */
  Samples draw(int size, RandomStream stream, ChunkedDistribution distribution) {
    Draw draw = new Draw(size, stream, distribution);
    draws.add(draw);
    for (int p = 0; p < draw.parts; p++) {
      ForkJoinPool.commonPool().execute(draw::makeSomePart);
    }
    return Samples.deferred(draw);
  }

  /** Waits until every draw asked for so far is made (making those nobody has started). */
  void finish() {
    for (Draw draw : draws) {
      draw.await();
    }
  }

  /** Drops the parts of draws nobody has started: awaiting such a draw throws. */
  void abandon() {
    for (Draw draw : draws) {
      draw.abandon();
    }
  }

  /** Makes, on the calling thread, the parts of draws nobody has started yet (in the order they were asked for). */
  private void help() {
    for (int k = 0; k < draws.size(); k++) {
      Draw draw = draws.get(k);
      while (draw.makeSomePart()) {
        // the next part, if any is left
      }
    }
  }

  /**
   * One draw, made in up to {@link #PARTS} parts of consecutive chunks that different threads may take: with draws
   * of unequal length (a log-normal or a uniform against a kernel density), whole draws balance badly over two
   * threads.
   */
  private final class Draw implements Samples.Deferred {
    private final int size;
    private final RandomStream stream;
    private final ChunkedDistribution distribution;
    private final double[] values;
    private final BlockStatistics statistics;
    private final int chunks;
    private final int chunksPerPart;
    final int parts;
    private final AtomicInteger nextPart = new AtomicInteger();
    private final CountDownLatch done;
    private volatile Throwable failure;

    Draw(int size, RandomStream stream, ChunkedDistribution distribution) {
      this.size = size;
      this.stream = stream;
      this.distribution = distribution;
      this.values = new double[size];
      this.statistics = BlockStatistics.forSize(size);
      this.chunks = RandomStream.chunks(size);
      this.chunksPerPart = (chunks + PARTS - 1) / PARTS;
      this.parts = (chunks + chunksPerPart - 1) / chunksPerPart;
      this.done = new CountDownLatch(parts);
    }

    @Override
    public int size() {
      return size;
    }

    /** Makes the next part nobody has taken; false when none is left. */
    boolean makeSomePart() {
      int part = nextPart.getAndIncrement();
      if (part >= parts) {
        return false;
      }
      try {
        int first = part * chunksPerPart;
        stream.fillChunks(values, first, Math.min(chunks, first + chunksPerPart), distribution, owner, statistics);
      } catch (RuntimeException | Error e) {
        failure = e; // thrown by every thread that awaits the draw
      } finally {
        done.countDown();
      }
      return true;
    }

    void abandon() {
      while (nextPart.getAndIncrement() < parts) {
        failure = new IllegalStateException("The draw was abandoned with the build that asked for it");
        done.countDown();
      }
    }

    @Override
    public double[] await() {
      while (makeSomePart()) {
        // this draw's parts that nobody has started
      }
      if (done.getCount() > 0) {
        // other threads are making its last parts: make other draws meanwhile, then wait (a part stops within a
        // chunk when its work is cancelled, so the wait is short)
        if (Thread.currentThread() == builder) {
          help();
        }
        Completion.awaitUninterruptibly(done);
      }
      Completion.rethrow(failure);
      return values;
    }

    @Override
    public Samples.Summary summary() {
      await(); // every part recorded (the wait orders their writes before this read); the samples keep the summary
      return statistics.summary();
    }
  }
}
