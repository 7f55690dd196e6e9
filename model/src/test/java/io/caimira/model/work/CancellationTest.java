package io.caimira.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.distribution.Uniform;
import io.caimira.model.montecarlo.MonteCarloSampler;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.sample.Samples;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The cancellation checks of sampling: an interrupted (or marked) requester gets {@link CancelledException} from
 * the check named, on its own thread or on the threads working for it.
 */
class CancellationTest {

  @Test
  void aCheckOnAnInterruptedThreadThrowsOurExceptionAndKeepsTheFlag() {
    Interrupted.onThisThread(() -> Cancellation.check(), "CancellationTest");
  }

  @Test
  void aCheckOnAnotherThreadWatchesTheOwnerItWorksFor() throws InterruptedException {
    Interrupted.onBehalfOfAnInterruptedOwner(() -> Cancellation.check(), "CancellationTest");
  }

  @Test
  void aMarkedOwnerIsCancelledWithoutAnInterruptUntilTheMarkIsCleared() {
    Thread owner = Thread.currentThread();
    Cancellation.cancel(owner);
    try {
      assertThatThrownBy(Cancellation::check).isInstanceOf(CancelledException.class);
      // a helper thread working on the marked owner's behalf stops too
      Supplier<Object> helper = Cancellation.onBehalfOf(owner, () -> {
        Cancellation.check();
        return "not cancelled";
      });
      assertThatThrownBy(() -> CompletableFuture.supplyAsync(helper, r -> new Thread(r).start()).join())
          .hasCauseInstanceOf(CancelledException.class);
      assertThat(owner.isInterrupted()).as("the owner is not interrupted").isFalse();
    } finally {
      Cancellation.clear(owner);
    }
    assertThat(Cancellation.isCancelled(owner)).isFalse();
    assertThatCode(Cancellation::check).doesNotThrowAnyException();
  }

  @Test
  void withoutAnInterruptNothingIsThrown() {
    assertThatCode(() -> MonteCarloSampler.withSeed(100_000, 1).draw(new Uniform(0, 1))).doesNotThrowAnyException();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void theSamplerChecksBeforeEachDraw() {
    MonteCarloSampler sampler = MonteCarloSampler.withSeed(1_000, 1);
    Interrupted.onThisThread(() -> sampler.activity(PhysicalActivity.SEATED), "MonteCarloSampler");
  }

  @Test
  void theParallelFillOfALargeDrawWatchesTheRequesterNotTheForkJoinThreads() throws InterruptedException {
    // a draw on behalf of an interrupted owner: the sampler's own check sees it first ...
    MonteCarloSampler sampler = MonteCarloSampler.withSeed(200_000, 1);
    Interrupted.onBehalfOfAnInterruptedOwner(() -> sampler.draw(new Uniform(0, 1)), "MonteCarloSampler");
    // ... and the chunks filled on the common pool check the owner too (in the block runner the stream uses)
    Interrupted.onBehalfOfAnInterruptedOwner(
        () -> new Uniform(0, 1).sample(200_000, io.caimira.model.distribution.MonteCarloRandom.withSeed(2)),
        "ParallelBlocks");
  }

  @Test
  void elementWiseMapsAndZipsCheck() {
    Samples samples = MonteCarloSampler.withSeed(10_000, 1).draw(new Uniform(0, 1));
    Interrupted.onThisThread(() -> samples.map(Math::exp), "Samples");
    Interrupted.onThisThread(() -> samples.zip(samples, Math::pow), "Samples");
  }
}
