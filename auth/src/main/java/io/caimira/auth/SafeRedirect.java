package io.caimira.auth;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The page to return to after login: only a same-site relative path ("/calculator-cern/report?c=…") is accepted;
 * anything else (an absolute or protocol-relative URL, a backslash trick, control characters, and the same once more
 * percent-encoded after the first slash, such as {@code /%2Fevil.example}) gives "/". This closes the open redirect of
 * upstream's POST_AUTH_REDIRECT cookie.
 */
public final class SafeRedirect {
  private SafeRedirect() {}

  public static String target(String next) {
    if (next == null || next.isEmpty() || next.length() > 2048) {
      return "/";
    }
    if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return "/";
      }
    }
    if (encodedSecondSlash(next)) {
      return "/";
    }
    try {
      URI uri = new URI(next);
      if (uri.isAbsolute() || uri.getRawAuthority() != null) {
        return "/";
      }
    } catch (URISyntaxException e) {
      return "/";
    }
    return next;
  }

  /** True when {@code path} starts with a slash and then an encoded slash or backslash ({@code /%2F}, {@code /%5C}). */
  private static boolean encodedSecondSlash(String path) {
    return path.length() >= 4 && path.charAt(1) == '%'
        && (path.regionMatches(true, 1, "%2F", 0, 3) || path.regionMatches(true, 1, "%5C", 0, 3));
  }
}
