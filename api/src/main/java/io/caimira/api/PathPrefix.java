package io.caimira.api;

import java.util.Set;

/**
 * Where the API routes are mounted ({@code caimira.api.path-prefix}): empty for the standalone API (routes at the
 * root, like upstream behind its router), {@code /api} for {@code ./caimira serve}, which shares one server with
 * the web UI. Quarkus fixes JAX-RS paths at build time, so one build serves both: a filter strips the prefix and
 * re-routes (as upstream's router does), and the report routes are not reachable without it.
 */
final class PathPrefix {
  /** The API's own routes, answered 404 when a prefix is configured and the request does not use it. */
  private static final Set<String> REPORT_ROUTES =
      Set.of("/virus/report", "/co2/transition_times", "/co2/report", "/fields");

  private final String prefix;

  PathPrefix(String configured) {
    String p = configured == null ? "" : configured.trim();
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!p.isEmpty() && !p.startsWith("/")) {
      p = "/" + p;
    }
    this.prefix = p;
  }

  boolean isEmpty() {
    return prefix.isEmpty();
  }

  String value() {
    return prefix;
  }

  /** The path below the prefix ("/" for the prefix itself), or null when the path is not under it. */
  String strip(String path) {
    if (path.equals(prefix)) {
      return "/";
    }
    if (path.startsWith(prefix + "/")) {
      return path.substring(prefix.length());
    }
    return null;
  }

  /** A report route reached without the prefix. */
  boolean bypasses(String path) {
    return !isEmpty() && REPORT_ROUTES.contains(path);
  }
}
