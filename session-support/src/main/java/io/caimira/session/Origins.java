package io.caimira.session;

import java.net.URI;
import java.util.Locale;

/**
 * Whether the origin named by a request's Origin or Referer header is the request's own host: the check of the
 * calculator's page forms and of the auth-service's sign-out against cross-site requests.
 */
public final class Origins {
  private Origins() {}

  /**
   * @param origin the Origin header (may be null)
   * @param referer the Referer header, used when there is no Origin (may be null)
   * @param scheme the request's scheme, after the proxy's forwarded headers
   * @param host the request's host name, after the proxy's forwarded headers
   * @param port the request's port, or -1 when the Host header has none
   * @return true when neither header is given or the one used names the request's host (and port, when both
   *     sides say which)
   */
  public static boolean sameHost(String origin, String referer, String scheme, String host, int port) {
    String named = origin != null ? origin : referer;
    if (named == null || named.isBlank()) {
      return true;
    }
    URI uri;
    try {
      uri = URI.create(named.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (uri.getHost() == null || host == null) {
      return false; // "Origin: null" (sandboxed or privacy-restricted pages) or nonsense
    }
    if (!uri.getHost().toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int theirs = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
    int ours = port >= 0 ? port : defaultPort(scheme);
    return uri.getPort() < 0 && port < 0 || theirs == ours;
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
