package io.caimira.webapp.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.work.CancelledException;
import io.caimira.webapp.form.LinkCodec;
import org.junit.jupiter.api.Test;

/**
 * Short links made to cost as much as possible: zlib data that inflate a thousand times their size and fail only
 * on the final checksum, followed by as many slashes as the repair accepts and a length that says three were lost
 * (every candidate of the repair then inflates everything). The repair is bounded; the link is refused.
 */
class HostileLinksTest {

  @Test
  void aTwoKilobyteBombWithAHundredSlashesIsRefusedQuickly() {
    String link = HostileLinks.hostileLink(MergedSlashes.MAX_SLASHES - 4);
    assertThat(link.length()).isBetween(1_000, 6_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> MergedSlashes.decode(link)).isInstanceOf(IllegalArgumentException.class);
    double seconds = (System.nanoTime() - start) / 1e9;
    // unbounded, this search took tens of minutes; bounded, well under a second on a laptop
    assertThat(seconds).as("seconds to refuse the link").isLessThan(10);
  }

  @Test
  void aBombIsNotInflatedBeyondAHundredTimesItsSize() {
    String link = HostileLinks.hostileLink(0);
    String bomb = link.substring(0, link.length() - link.length() % 4);
    assertThatThrownBy(() -> LinkCodec.decode(bomb)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("too large");
  }

  @Test
  void theSearchStopsWhenItsThreadIsInterrupted() {
    String link = HostileLinks.hostileLink(MergedSlashes.MAX_SLASHES - 4);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> MergedSlashes.decode(link)).isInstanceOf(CancelledException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
