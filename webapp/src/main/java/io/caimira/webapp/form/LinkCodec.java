package io.caimira.webapp.form;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The compressed form of a query string used by short links, report links and comparisons. Links are made in the
 * compact version 2 ({@link CompactLinks}: only what differs from an untouched form). Decoding also reads version 1,
 * the links issued before and upstream's: zlib of the whole query string, then Base64 — the standard alphabet in
 * upstream's {@code /_c/} links, URL-safe without padding in ours.
 */
public final class LinkCodec {
  /** Decompressed inputs larger than this are refused (a form is a few kB). */
  private static final int MAX_BYTES = 1 << 20;
  /**
   * Nor more than this many times the compressed size, plus {@link #RATIO_ALLOWANCE}: a form's query string
   * compresses a few times, a zlib bomb a thousand times.
   */
  static final int MAX_RATIO = 100;
  static final int RATIO_ALLOWANCE = 16 * 1024;

  private LinkCodec() {}

  /** The compact (version 2) data of a query string's fields. */
  public static String encode(String query) {
    return CompactLinks.encode(FormFields.ofQuery(query).values());
  }

  /** Version 1: zlib + URL-safe Base64 without padding (the links issued before version 2; kept for tests). */
  public static String encodeZlib(String query) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(
        deflate(new Deflater(Deflater.BEST_COMPRESSION), query.getBytes(StandardCharsets.UTF_8)));
  }

  /** All of {@code input} through {@code deflater} (ended afterwards). */
  static byte[] deflate(Deflater deflater, byte[] input) {
    deflater.setInput(input);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** zlib + standard Base64 with padding (upstream's short links). */
  public static String encodeStandard(String query) {
    return Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(encodeZlib(query)));
  }

  /**
   * The query string of a compressed link.
   *
   * @throws IllegalArgumentException when the data are not Base64 of zlib data (e.g. a truncated copy)
   */
  public static String decode(String data) {
    return decode(data, new Budget(Long.MAX_VALUE));
  }

  /**
   * Inflated bytes that several decodings may spend together (the repair of a link tries many candidates).
   * Spending beyond it throws {@link IllegalArgumentException}.
   */
  public static final class Budget {
    private long remaining;

    public Budget(long bytes) {
      this.remaining = bytes;
    }

    void spend(int bytes) {
      remaining -= bytes;
      if (remaining < 0) {
        throw new Exhausted();
      }
    }

    public boolean exhausted() {
      return remaining < 0;
    }
  }

  /** The shared inflate budget of {@link Budget} is spent. */
  public static final class Exhausted extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("inflate budget exhausted");
    }
  }

  /**
   * The query string of a compressed link, the inflated bytes taken from {@code budget}.
   *
   * @throws IllegalArgumentException when the data are not Base64 of zlib data, inflate to too much, or the
   *     budget is spent ({@link Exhausted})
   */
  public static String decode(String data, Budget budget) {
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("empty");
    }
    String s = data.trim();
    if (s.charAt(0) == CompactLinks.VERSION) {
      return CompactLinks.decode(s.substring(1), budget);
    }
    byte[] compressed;
    try {
      compressed = s.indexOf('-') >= 0 || s.indexOf('_') >= 0
          ? Base64.getUrlDecoder().decode(s.replace("=", ""))
          : Base64.getMimeDecoder().decode(s.replace(' ', '+'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not Base64", e);
    }
    return inflate(new Inflater(), compressed, compressed, budget, false);
  }

  /**
   * The text {@code inflater} makes of {@code input}, bounded as every link is: at most {@link #MAX_RATIO} times the
   * {@code compressed} size plus {@link #RATIO_ALLOWANCE}, never beyond {@link #MAX_BYTES}, the bytes taken from
   * {@code budget}; the inflater is ended afterwards.
   *
   * @param input what the inflater reads (the compressed data, or them with the byte raw DEFLATE wants after them)
   * @param emptyAllowed whether data that inflate to nothing are a text (version 2: an untouched form) or incomplete
   *     (version 1)
   * @throws IllegalArgumentException when the data are incomplete, not DEFLATE data, or inflate to too much
   */
  static String inflate(Inflater inflater, byte[] compressed, byte[] input, Budget budget, boolean emptyAllowed) {
    long limit = Math.min(MAX_BYTES, (long) compressed.length * MAX_RATIO + RATIO_ALLOWANCE);
    inflater.setInput(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && !(emptyAllowed && inflater.finished()) && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("incomplete");
        }
        budget.spend(n);
        out.write(buffer, 0, n);
        if (out.size() > limit) {
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
