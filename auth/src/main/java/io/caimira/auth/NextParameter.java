package io.caimira.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code next} parameter of the login routes, read from the raw query string: everything after the first
 * {@code next=} (the router appends the page asked for unencoded, with its own query), decoded once when it was
 * sent encoded (it then starts with {@code %2F}). Null when absent.
 */
final class NextParameter {
  private NextParameter() {}

  static String of(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    int at = rawQuery.startsWith("next=") ? 0 : rawQuery.indexOf("&next=");
    if (at < 0) {
      return null;
    }
    String value = rawQuery.substring(at + (at == 0 ? 5 : 6));
    if (value.regionMatches(true, 0, "%2F", 0, 3)) {
      try {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return value;
  }
}
