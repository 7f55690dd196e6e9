package io.caimira.webapp.links;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;

/** Short-link data made to cost as much as possible to decode (for the tests of the repair's bounds). */
public final class HostileLinks {
  private HostileLinks() {}

  /**
   * A zlib bomb (1 MB of one letter, the old size limit) with a wrong checksum in Base64, then {@code slashes}
   * slashes; the length says three were lost.
   */
  public static String hostileLink(int slashes) {
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
    link.append("/A".repeat(slashes)); // single slashes: they survive the merging of "//" on the way
    while (link.length() % 4 != 1) { // three slashes "lost"
      link.append('A');
    }
    return link.toString();
  }

}
