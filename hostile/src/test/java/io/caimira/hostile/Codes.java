package io.caimira.hostile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.Deflater;

/** The calculator's link encoding (zlib, then Base64) and form query strings, to build links the server decodes. */
final class Codes {
  private Codes() {}

  static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** URL-safe Base64 without padding of zlib data (the report links' {@code c}). */
  static String urlCode(String query) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(deflate(query.getBytes(StandardCharsets.UTF_8)));
  }

  /** Standard Base64 with padding of zlib data (upstream's {@code /_c/} short links). */
  static String standardCode(byte[] data) {
    return Base64.getEncoder().encodeToString(deflate(data));
  }

  static String query(Map<String, String> fields) {
    StringJoiner joiner = new StringJoiner("&");
    fields.forEach((k, v) -> joiner.add(enc(k) + "=" + enc(v)));
    return joiner.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A path segment with every character outside Base64's alphabet (and '/') percent-encoded. */
  static String pathSafe(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128 || c == '/' || c == '-' || c == '_' || c == '.') {
        b.append(c);
      } else {
        b.append(enc(String.valueOf(c)));
      }
    }
    return b.toString();
  }
}
