package io.caimira.model.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@link Completion}: a wait that an interrupt does not cut short but leaves on the thread; failures passed on. */
class CompletionTest {
  @Test
  void anInterruptDoesNotEndTheWaitAndIsKept() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    boolean[] interruptedAfter = new boolean[1];
    Thread waiter = new Thread(() -> {
      Thread.currentThread().interrupt();
      Completion.awaitUninterruptibly(latch);
      interruptedAfter[0] = Thread.currentThread().isInterrupted();
    });
    waiter.start();
    Thread.sleep(50);
    assertThat(waiter.isAlive()).as("still waiting despite the interrupt").isTrue();
    latch.countDown();
    waiter.join(5_000);
    assertThat(waiter.isAlive()).isFalse();
    assertThat(interruptedAfter[0]).isTrue();
  }

  @Test
  void failuresArePassedOn() {
    IllegalArgumentException unchecked = new IllegalArgumentException("x");
    assertThatThrownBy(() -> Completion.rethrow(unchecked)).isSameAs(unchecked);
    StackOverflowError error = new StackOverflowError();
    assertThatThrownBy(() -> Completion.rethrow(error)).isSameAs(error);
    Exception checked = new Exception("checked");
    assertThatThrownBy(() -> Completion.rethrow(checked)).isInstanceOf(IllegalStateException.class).hasCause(checked);
    assertThatCode(() -> Completion.rethrow(null)).doesNotThrowAnyException();
  }
}
