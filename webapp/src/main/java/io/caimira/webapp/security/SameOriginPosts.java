package io.caimira.webapp.security;

import io.caimira.session.Origins;
import io.caimira.webapp.errors.HtmlErrorPages;
import io.caimira.webapp.i18n.SiteTexts;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protection of the pages' form submissions against cross-site requests: a POST (PUT, PATCH, DELETE) to a page
 * whose Origin header, or Referer when there is no Origin, names another host than the request's own (as the
 * browser saw it: after a proxy's X-Forwarded-* / Forwarded headers) gets a 403 page. Requests without either
 * header (other clients than browsers) pass. The REST API under its path prefix has its own CORS policy and is
 * left alone. Runs after {@code PathRouting}, on the internal paths.
 */
@Singleton
public class SameOriginPosts {
  private static final String CHECKED = "caimira.web.origin-checked";
  private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
      HttpMethod.DELETE);

  void register(@Observes Filters filters, HtmlErrorPages errors,
      @ConfigProperty(name = "caimira.api.path-prefix") Optional<String> apiPrefix) {
    String api = apiPrefix.map(p -> p.endsWith("/") ? p.substring(0, p.length() - 1) : p).orElse("");
    filters.register(rc -> check(rc, errors, api), 350);
  }

  private static void check(RoutingContext rc, HtmlErrorPages errors, String api) {
    HttpServerRequest request = rc.request();
    String path = rc.normalizedPath();
    boolean apiRequest = !api.isEmpty() && (path.equals(api) || path.startsWith(api + "/"));
    if (rc.get(CHECKED) != null || !UNSAFE.contains(request.method()) || apiRequest) {
      rc.put(CHECKED, Boolean.TRUE); // the API reroutes its requests below its prefix: decided once
      rc.next();
      return;
    }
    HostAndPort authority = request.authority();
    boolean same = authority != null && Origins.sameHost(request.getHeader("Origin"), request.getHeader("Referer"),
        request.scheme(), authority.host(), authority.port());
    if (same) {
      rc.put(CHECKED, Boolean.TRUE);
      rc.next();
    } else {
      errors.end(rc, 403, locale -> SiteTexts.in(locale).error_cross_site());
    }
  }
}
