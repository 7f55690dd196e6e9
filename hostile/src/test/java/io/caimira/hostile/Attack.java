package io.caimira.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One hostile request: its class of attack (e.g. "huge number in room_volume"), method, path with query, headers
 * and body. Its text form (what jqwik prints for a failing, shrunk sample) shows at most a short prefix of each part.
 */
record Attack(String kind, String method, String path, Map<String, String> headers, byte[] body) {
  static final int PREVIEW = 200;
  /** A header value replaced by the server's own origin when sent (the server may have been restarted on another port). */
  static final String SAME_ORIGIN = "<same origin>";

  static Attack postJson(String kind, String path, String json) {
    return new Attack(kind, "POST", path, Map.of("Content-Type", "application/json"),
        json.getBytes(StandardCharsets.UTF_8));
  }

  static Attack get(String kind, String path) {
    return new Attack(kind, "GET", path, Map.of(), new byte[0]);
  }

  @Override
  public String toString() {
    String text = new String(body, 0, Math.min(body.length, PREVIEW * 4), StandardCharsets.UTF_8);
    return kind + ": " + method + " " + preview(path, PREVIEW) + " (" + path.length() + " chars)"
        + (body.length == 0 ? "" : " body " + body.length + " bytes: " + preview(text, PREVIEW));
  }

  static String preview(String s, int max) {
    String flat = s.replace('\n', ' ').replace('\r', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max) + "…";
  }
}
