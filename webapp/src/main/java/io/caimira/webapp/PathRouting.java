package io.caimira.webapp;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Maps the public paths to the application's fixed internal ones: the pages are built for the root "/" (the
 * landing page internally at {@value #LANDING}) and the calculator under "/calculator"; {@code APPLICATION_ROOT} and {@code CAIMIRA_CALCULATOR_PREFIX} move them. A
 * request below the configured root and prefix is re-routed to the internal path; the internal calculator path
 * itself is not reachable when another prefix is configured (404), as upstream's routes only exist under the
 * prefix. With a root other than "/", nothing outside it is served but the REST API (below its own prefix) and
 * Quarkus's {@code /q/} endpoints.
 */
@Singleton
public class PathRouting {
  /** Internal path of the calculator pages. */
  public static final String CALCULATOR = "/calculator";
  /** Internal path of the landing page (the internal "/" is the API's own landing page, reached as /api/). */
  public static final String LANDING = "/_landing";
  private static final String ROUTED = "caimira.web.routed";
  private static final String UNREACHABLE = "/__unreachable";

  void register(@Observes Filters filters, WebSettings settings,
      @ConfigProperty(name = "caimira.api.path-prefix") Optional<String> apiPrefix) {
    String api = WebSettings.normalise(apiPrefix.orElse(""));
    filters.register(rc -> route(rc, settings, api), 400);
  }

  private static void route(RoutingContext rc, WebSettings settings, String api) {
    if (rc.get(ROUTED) != null) {
      rc.next();
      return;
    }
    String path = rc.normalizedPath();
    String internal = internalPath(path, settings.root(), settings.prefix());
    if (internal == null) {
      if (below(path, api) || below(path, "/q")) {
        rc.next(); // the API's or Quarkus's: left to the routes that own them
        return;
      }
      internal = UNREACHABLE + path; // outside the application root: no page there
    }
    rc.put(ROUTED, Boolean.TRUE);
    if (internal.equals(path)) {
      rc.next();
      return;
    }
    String query = rc.request().query();
    rc.reroute(query == null ? internal : internal + "?" + query);
  }

  private static boolean below(String path, String prefix) {
    return !prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"));
  }

  /**
   * The internal path of a public one; null when the path is outside the application root or is an internal
   * calculator path made unreachable by another prefix.
   */
  static String internalPath(String path, String root, String prefix) {
    String below;
    if (root.isEmpty()) {
      below = path;
    } else if (path.equals(root)) {
      below = "/";
    } else if (path.startsWith(root + "/")) {
      below = path.substring(root.length());
    } else {
      return null;
    }
    if (below.equals("/")) {
      return LANDING;
    }
    if (below.equals(prefix) || below.startsWith(prefix + "/")) {
      return CALCULATOR + below.substring(prefix.length());
    }
    if (!prefix.equals(CALCULATOR) && (below.equals(CALCULATOR) || below.startsWith(CALCULATOR + "/"))) {
      return UNREACHABLE + below;
    }
    return below;
  }
}
