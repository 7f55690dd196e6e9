package io.caimira.webapp.form;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compressed form of a query string used by short links: zlib, then Base64, as upstream's {@code /_c/} links
 * (standard alphabet), or URL-safe Base64 without padding in query parameters. Decoding accepts both.
 */
public final class LinkCodec {
  /** Decompressed inputs larger than this are refused (a form is a few kB). */
  private static final int MAX_BYTES = 1 << 20;

  private LinkCodec() {}

  /** zlib + URL-safe Base64 without padding. */
  public static String encode(String query) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(query.getBytes(StandardCharsets.UTF_8));
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** zlib + standard Base64 with padding (upstream's short links). */
  public static String encodeStandard(String query) {
    return Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(encode(query)));
  }

  /**
   * The query string of a compressed link.
   *
   * @throws IllegalArgumentException when the data are not Base64 of zlib data (e.g. a truncated copy)
   */
  public static String decode(String data) {
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("empty");
    }
    String s = data.trim();
    byte[] compressed;
    try {
      compressed = s.indexOf('-') >= 0 || s.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(s.replace("=", ""))
          : Base64.getMimeDecoder().decode(s.replace(' ', '+'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not Base64", e);
    }
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("incomplete");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_BYTES) {
          throw new IllegalArgumentException("too large");
        }
      }
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("not zlib data", e);
    } finally {
      inflater.end();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
