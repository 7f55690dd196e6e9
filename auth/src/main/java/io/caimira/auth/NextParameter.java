package io.caimira.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The page to return to after login, as given to the login routes: the {@code next} parameter, read from the raw
 * query string (everything after the first {@code next=}: the router appends the page asked for unencoded, with its
 * own query), or upstream's {@code POST_AUTH_REDIRECT} cookie. Either is decoded once when it was sent encoded (it
 * then starts with {@code %2F}). The value still has to pass {@link SafeRedirect}.
 */
final class NextParameter {
  private NextParameter() {}

  /** The {@code next} parameter of this raw query, null when absent or malformed. */
  static String of(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    int at = rawQuery.startsWith("next=") ? 0 : rawQuery.indexOf("&next=");
    if (at < 0) {
      return null;
    }
    return decoded(rawQuery.substring(at + (at == 0 ? 5 : 6)));
  }

  /** {@code value} decoded once when it starts with an encoded slash, else as it is; null when malformed. */
  static String decoded(String value) {
    if (value != null && value.regionMatches(true, 0, "%2F", 0, 3)) {
      try {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return value;
  }
}
