package io.caimira.model.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.distribution.ChunkedDistribution;
import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.distribution.Uniform;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Variant;
import io.caimira.model.work.Cancellation;
import io.caimira.model.work.CancelledException;
import io.caimira.model.work.Interrupted;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Draws made while a build goes on ({@link MonteCarloSampler#deferringDraws()}): the same numbers as immediate draws
 * whoever makes them and in whatever order they are awaited; cancellation and abandoned builds stop them.
 */
class DeferredDrawsTest {
  private static final int N = 70_000; // five chunks, the last one partial

  /** The draws of a small model, in a fixed order (breathing, masks, virus, diameters, distances). */
  private static List<Samples> drawAll(MonteCarloSampler s) {
    List<Samples> out = new ArrayList<>();
    out.add(s.exhaling(PhysicalActivity.STANDING).exhalationRate());
    var mask = s.mask(MaskType.CLOTH);
    out.add(mask.inhaleEfficiency());
    var virus = s.virus(Variant.SARS_CoV_2_DELTA);
    out.add(virus.viralLoadInSputum());
    out.add(virus.infectiousDose());
    out.add(virus.viableToRnaRatio());
    out.add(s.expiration(ExpirationDistribution.longRange(ExpirationType.SPEAKING), null).diameter());
    out.add(s.conversationalDistance());
    out.add(s.inhaling(PhysicalActivity.SEATED).inhalationRate());
    return out;
  }

  private static List<double[]> arrays(List<Samples> samples, Function<Samples, double[]> read) {
    return samples.stream().map(read).toList();
  }

  @Test
  void deferredDrawsAreTheImmediateOnesBitForBit() throws Exception {
    List<double[]> immediate = arrays(drawAll(MonteCarloSampler.withSeed(N, 7)), Samples::toArray);

    // awaited by the building thread in reverse order, before the build is finished
    MonteCarloSampler reversed = MonteCarloSampler.withSeed(N, 7).deferringDraws();
    List<Samples> r = new ArrayList<>(drawAll(reversed));
    java.util.Collections.reverse(r);
    List<double[]> reversedArrays = new ArrayList<>(arrays(r, Samples::toArray));
    java.util.Collections.reverse(reversedArrays);
    reversed.finishDraws();

    // finished first, then read on other threads at the same time
    MonteCarloSampler finished = MonteCarloSampler.withSeed(N, 7).deferringDraws();
    List<Samples> f = drawAll(finished);
    finished.finishDraws();
    List<CompletableFuture<double[]>> reads = f.stream()
        .map(x -> CompletableFuture.supplyAsync(x::toArray)).toList();

    for (int k = 0; k < immediate.size(); k++) {
      assertThat(reversedArrays.get(k)).as("draw %d awaited in reverse order", k).isEqualTo(immediate.get(k));
      assertThat(reads.get(k).get()).as("draw %d read on another thread", k).isEqualTo(immediate.get(k));
      assertThat(f.get(k).size()).isEqualTo(N);
      // the summary recorded chunk by chunk during the draw is the one computed afterwards from the samples
      assertThat(f.get(k).summary()).as("summary of draw %d", k)
          .isEqualTo(Samples.of(immediate.get(k)).summary());
    }
  }

  @Test
  void aDeferredDrawSharedThroughTheCacheIsTheSameForTheNextBuild() {
    DrawCache cache = new DrawCache();
    MonteCarloSampler first = MonteCarloSampler.withSeed(N, 3, cache).deferringDraws();
    List<Samples> a = drawAll(first);
    first.finishDraws();
    List<Samples> b = drawAll(MonteCarloSampler.withSeed(N, 3, cache));
    for (int k = 0; k < a.size(); k++) {
      assertThat(b.get(k)).isSameAs(a.get(k));
    }
    assertThat(arrays(b, Samples::toArray)).usingRecursiveComparison()
        .isEqualTo(arrays(drawAll(MonteCarloSampler.withSeed(N, 3)), Samples::toArray));
  }

  @Test
  void theFillOfADeferredDrawChecksItsOwnerAtEveryChunk() throws InterruptedException {
    // what a deferred draw runs, on whatever thread, watching the building thread's owner
    Interrupted.onBehalfOfAnInterruptedOwner(() -> MonteCarloRandom.withSeed(1).nextStream()
        .fillInOrder(N, new Uniform(0, 1), Cancellation.owner()), "RandomStream");
  }

  @Test
  void aFailedDrawFailsEveryThreadThatAwaitsIt() throws Exception {
    CancelledException stop = new CancelledException();
    ChunkedDistribution failing = (out, from, to, random) -> {
      throw stop;
    };
    MonteCarloSampler s = MonteCarloSampler.withSeed(N, 1).deferringDraws();
    Samples drawn = s.draw(failing);
    Samples fine = s.draw(new Uniform(0, 1));
    assertThatThrownBy(drawn::mean).isSameAs(stop);
    assertThatThrownBy(() -> CompletableFuture.runAsync(drawn::mean).join()).hasCauseReference(stop);
    assertThatThrownBy(s::finishDraws).isSameAs(stop);
    assertThat(fine.mean()).isBetween(0.49, 0.51);
  }

  @Test
  void awaitingADrawOfAFailedBuildThrows() {
    // every fill waits for the test, so the pool's threads (fewer than the draws) leave most draws unstarted
    CountDownLatch release = new CountDownLatch(1);
    ChunkedDistribution held = (out, from, to, random) -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    MonteCarloSampler s = MonteCarloSampler.withSeed(10, 1).deferringDraws();
    List<Samples> drawn = new ArrayList<>();
    for (int k = 0; k < 256; k++) {
      drawn.add(s.draw(held));
    }
    s.abandonDraws();
    release.countDown();
    long abandoned = drawn.stream().filter(x -> {
      try {
        x.mean();
        return false;
      } catch (IllegalStateException e) {
        assertThat(e).hasMessageContaining("abandoned");
        return true;
      }
    }).count();
    assertThat(abandoned).isGreaterThanOrEqualTo(256 - ForkJoinPool.getCommonPoolParallelism());
  }

  @Test
  void withoutDeferringTheSamplesAreMadeAtOnce() {
    MonteCarloSampler s = MonteCarloSampler.withSeed(N, 1);
    s.finishDraws(); // nothing to wait for
    s.abandonDraws(); // nothing to drop
    assertThatThrownBy(() -> Samples.deferred(new Samples.Deferred() {
      @Override
      public int size() {
        return 0;
      }

      @Override
      public double[] await() {
        return new double[0];
      }
    })).isInstanceOf(IllegalArgumentException.class);
  }
}
