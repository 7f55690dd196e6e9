package io.caimira.auth;

import io.caimira.session.SecurityHeaders;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The security headers shared by the services ({@link SecurityHeaders}) on every answer of the auth-service: its
 * pages, redirects, the probe's answers and errors. A header an answer already has is kept.
 */
@Singleton
public class SecurityHeadersFilter {
  /** Before every other filter, authentication included, so that even their refusals carry the headers. */
  private static final int PRIORITY = 1000;

  void register(@Observes Filters filters) {
    filters.register(SecurityHeadersFilter::add, PRIORITY);
  }

  private static void add(RoutingContext rc) {
    String path = rc.request().path();
    rc.addHeadersEndHandler(v -> SecurityHeaders.forPath(path).forEach((name, value) -> {
      if (!rc.response().headers().contains(name)) {
        rc.response().putHeader(name, value);
      }
    }));
    rc.next();
  }
}
