package io.caimira.webapp.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.work.CancelledException;
import io.caimira.webapp.form.LinkCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * Short links made to cost as much as possible: zlib data that inflate a thousand times their size and fail only
 * on the final checksum, followed by as many slashes as the repair accepts and a length that says three were lost
 * (every candidate of the repair then inflates everything). The repair is bounded; the link is refused.
 */
class HostileLinksTest {

  /** A zlib bomb (1 MB of one letter, the old size limit) with a wrong checksum in Base64, then slashes. */
  static String hostileLink(int slashes) {
    byte[] payload = "a".repeat((1 << 20) + 4096).getBytes(StandardCharsets.US_ASCII);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(payload);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    byte[] zlib = out.toByteArray();
    zlib[zlib.length - 1] ^= 1; // wrong Adler-32: noticed only once everything is inflated
    String data = Base64.getEncoder().withoutPadding().encodeToString(zlib);
    StringBuilder link = new StringBuilder(data);
    link.append("/".repeat(slashes));
    while (link.length() % 4 != 1) { // three slashes "lost"
      link.append('A');
    }
    return link.toString();
  }

  @Test
  void aTwoKilobyteBombWithAHundredSlashesIsRefusedQuickly() {
    String link = hostileLink(MergedSlashes.MAX_SLASHES - 4);
    assertThat(link.length()).isBetween(1_000, 6_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> MergedSlashes.decode(link)).isInstanceOf(IllegalArgumentException.class);
    double seconds = (System.nanoTime() - start) / 1e9;
    // unbounded, this search took tens of minutes; bounded, well under a second on a laptop
    assertThat(seconds).as("seconds to refuse the link").isLessThan(10);
  }

  @Test
  void aBombIsNotInflatedBeyondAHundredTimesItsSize() {
    String link = hostileLink(0);
    String bomb = link.substring(0, link.length() - link.length() % 4);
    assertThatThrownBy(() -> LinkCodec.decode(bomb)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("too large");
  }

  @Test
  void theSearchStopsWhenItsThreadIsInterrupted() {
    String link = hostileLink(MergedSlashes.MAX_SLASHES - 4);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> MergedSlashes.decode(link)).isInstanceOf(CancelledException.class);
    } finally {
      Thread.interrupted();
    }
  }
}
