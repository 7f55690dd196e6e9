package io.caimira.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link ParallelBlocks}: every block runs exactly once, with its own bounds, whoever takes it (the caller or the
 * pool's helpers, called from outside the pool or from inside it); a failure in any block reaches the caller, after
 * which no further block is started.
 */
class ParallelBlocksTest {
  private static void assertEveryBlockOnce(int n, int size) {
    int blocks = (n + size - 1) / size;
    AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, blocks));
    ParallelBlocks.run(n, size, (from, to) -> {
      assertThat(from % size).isZero();
      assertThat(to).isEqualTo(Math.min(n, from + size));
      runs.incrementAndGet(from / size);
    });
    for (int b = 0; b < runs.length(); b++) {
      assertThat(runs.get(b)).as("block %d of %d elements in blocks of %d", b, n, size).isEqualTo(1);
    }
  }

  @Test
  void everyBlockRunsOnceWithItsBounds() {
    for (int n : new int[] {1, 100, ParallelBlocks.BLOCK, ParallelBlocks.BLOCK + 1, 250_000}) {
      assertEveryBlockOnce(n, ParallelBlocks.BLOCK);
    }
    assertEveryBlockOnce(1000, 7);
  }

  @Test
  void fromInsideThePoolAndFromManyCallersAtOnce() {
    // callers on the pool's own threads (the helpers they send may never run before they finish) and outside it
    IntStream.range(0, 8).parallel().forEach(k -> assertEveryBlockOnce(50_000 + k, 1_000));
    CompletableFuture<?>[] outside = new CompletableFuture<?>[4];
    for (int k = 0; k < outside.length; k++) {
      outside[k] = CompletableFuture.runAsync(() -> assertEveryBlockOnce(80_000, 512), r -> new Thread(r).start());
    }
    CompletableFuture.allOf(outside).join();
    assertThat(ForkJoinPool.commonPool().awaitQuiescence(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFailingBlockFailsTheCallerAndStopsTheRest() {
    AtomicIntegerArray started = new AtomicIntegerArray(1);
    IllegalStateException failure = new IllegalStateException("block 3");
    assertThatThrownBy(() -> ParallelBlocks.run(200 * 100, 100, (from, to) -> {
      started.incrementAndGet(0);
      if (from == 300) {
        throw failure;
      }
    })).isSameAs(failure);
    // the blocks already taken when the failure was seen may finish; far from all 200 are started
    assertThat(started.get(0)).isLessThan(200);
  }
}
