package io.caimira.api;

import io.caimira.session.SecurityHeaders;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vert.x-level handling that applies to every answer, JAX-RS or not: the security headers, the path prefix, CORS,
 * the body-size limit answered in JSON, and JSON bodies for the 404/405/413 that Vert.x produces itself.
 */
@Singleton
public class HttpFilters {
  private static final String REROUTED = RequestScope.REROUTED;

  void register(@Observes Filters filters,
      @ConfigProperty(name = "caimira.api.path-prefix") Optional<String> prefixConfig,
      @ConfigProperty(name = "caimira.allowed-origins") Optional<String> allowedOrigins,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
      @ConfigProperty(name = "caimira.http.max-uri-length", defaultValue = "4096") int maxUriLength,
      jakarta.enterprise.inject.Instance<PageErrors> pages) {
    PathPrefix prefix = new PathPrefix(prefixConfig.orElse(""));
    filters.register(rc -> uriLength(rc, maxUriLength, prefix, pages), 900);
    if (!prefix.isEmpty()) {
      filters.register(rc -> prefix(rc, prefix), 300);
    }
    CorsPolicy cors = CorsPolicy.parse(allowedOrigins.orElse(null));
    if (!cors.isEmpty()) {
      filters.register(rc -> cors(rc, cors), 200);
    }
    maxBodySize.ifPresent(limit -> filters.register(rc -> bodySize(rc, limit.asLongValue()), 100));
    // first of all, so that every answer has them, whoever ends it (pages, JSON, errors, static files)
    filters.register(HttpFilters::securityHeaders, 1000);
  }

  private static void securityHeaders(RoutingContext rc) {
    String path = rc.request().path();
    rc.addHeadersEndHandler(v -> SecurityHeaders.forPath(path).forEach((name, value) -> {
      if (!rc.response().headers().contains(name)) {
        rc.response().putHeader(name, value);
      }
    }));
    rc.next();
  }

  void errors(@Observes Router router,
      @ConfigProperty(name = "caimira.api.path-prefix") Optional<String> prefixConfig,
      jakarta.enterprise.inject.Instance<PageErrors> pages) {
    PathPrefix prefix = new PathPrefix(prefixConfig.orElse(""));
    for (int status : new int[] {404, 405, 413}) {
      router.errorHandler(status, rc -> {
        if (!RequestScope.isApi(rc, prefix) && pages.isResolvable()) {
          pages.get().end(rc, status);
          return;
        }
        json(rc, status, HttpErrors.message(status, rc.request().method().name(), rc.normalizedPath(), null));
      });
    }
  }

  /**
   * A request line longer than the limit: 414, in JSON for the API (an error page for the application sharing the
   * server). Vert.x's own limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above, so that
   * this answer, rather than Vert.x's empty one, is what a client gets.
   */
  private static void uriLength(RoutingContext rc, int limit, PathPrefix prefix,
      jakarta.enterprise.inject.Instance<PageErrors> pages) {
    int length = rc.request().uri().length();
    if (length <= limit || rc.get(REROUTED) != null) {
      rc.next();
      return;
    }
    rc.response().putHeader(HttpHeaders.CONNECTION, "close");
    boolean api = prefix.isEmpty() || prefix.strip(rc.normalizedPath()) != null;
    if (!api && pages.isResolvable()) {
      pages.get().end(rc, 414);
      return;
    }
    json(rc, 414, "Request URI too long: " + length + " characters, the limit is " + limit);
  }

  private static void prefix(RoutingContext rc, PathPrefix prefix) {
    if (rc.get(REROUTED) != null) {
      rc.next();
      return;
    }
    String path = rc.normalizedPath();
    String below = prefix.strip(path);
    if (below != null) {
      rc.put(REROUTED, Boolean.TRUE);
      String query = rc.request().query();
      rc.reroute(query == null ? below : below + "?" + query);
    } else if (prefix.bypasses(path)) {
      json(rc, 404, HttpErrors.message(404, null, path, null) + " (the API is under " + prefix.value() + ")");
    } else {
      rc.next();
    }
  }

  private static void cors(RoutingContext rc, CorsPolicy cors) {
    String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
    rc.addHeadersEndHandler(v -> {
      rc.response().headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
      cors.allowOrigin(origin).ifPresent(o -> rc.response().putHeader("Access-Control-Allow-Origin", o));
    });
    rc.next();
  }

  private static void bodySize(RoutingContext rc, long limit) {
    String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > limit) {
          rc.response().putHeader(HttpHeaders.CONNECTION, "close");
          json(rc, 413, "Request body too large: " + length.trim() + " bytes, the limit is " + limit + " bytes");
          return;
        }
      } catch (NumberFormatException e) {
        // let Vert.x reject the malformed header
      }
    }
    rc.next();
  }

  private static void json(RoutingContext rc, int status, String message) {
    if (rc.response().ended()) {
      return;
    }
    String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
    rc.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end("{\"message\":\"" + escaped + "\"}");
  }
}
