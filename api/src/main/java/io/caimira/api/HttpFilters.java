package io.caimira.api;

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
 * Vert.x-level handling that applies to every answer, JAX-RS or not: the path prefix, CORS, the body-size limit
 * answered in JSON, and JSON bodies for the 404/405/413 that Vert.x produces itself.
 */
@Singleton
public class HttpFilters {
  private static final String REROUTED = RequestScope.REROUTED;

  void register(@Observes Filters filters,
      @ConfigProperty(name = "caimira.api.path-prefix") Optional<String> prefixConfig,
      @ConfigProperty(name = "caimira.allowed-origins") Optional<String> allowedOrigins,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
    PathPrefix prefix = new PathPrefix(prefixConfig.orElse(""));
    if (!prefix.isEmpty()) {
      filters.register(rc -> prefix(rc, prefix), 300);
    }
    CorsPolicy cors = CorsPolicy.parse(allowedOrigins.orElse(null));
    if (!cors.isEmpty()) {
      filters.register(rc -> cors(rc, cors), 200);
    }
    maxBodySize.ifPresent(limit -> filters.register(rc -> bodySize(rc, limit.asLongValue()), 100));
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
