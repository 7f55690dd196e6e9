package io.caimira.auth;

import io.caimira.session.Origins;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Sign-out only by a POST from this site: quarkus-oidc ends the session (and, RP-initiated, the SSO session) for
 * any request to its logout path that authenticates, whatever the method, so this filter runs before
 * authentication and lets through only same-origin POSTs to {@value #PATH} that carry a session cookie; every
 * method but GET, HEAD and POST is a 405 there (a PUT or DELETE would otherwise sign out from any site). A POST from
 * another site (its Origin, or Referer when there is no Origin, names another host: the calculator's check of its own
 * page forms, {@link Origins}) gets a 403; a POST without a session cookie goes home without starting a login. A GET
 * is answered by {@link AuthRoutes#confirmLogout()}, which never authenticates.
 */
@Singleton
public class LogoutGuard {
  static final String PATH = "/auth/logout";
  /** quarkus-oidc's session cookie (default tenant, no suffix). */
  private static final String SESSION_COOKIE = "q_session";
  /** Before quarkus' authentication (priority 200). */
  private static final int PRIORITY = 250;

  void register(@Observes Filters filters) {
    filters.register(LogoutGuard::check, PRIORITY);
  }

  private static void check(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    HttpMethod method = request.method();
    if (!PATH.equals(rc.normalizedPath()) || method == HttpMethod.GET || method == HttpMethod.HEAD) {
      rc.next();
      return;
    }
    if (method != HttpMethod.POST) {
      // any other method that reached authentication would sign out, from any site
      rc.response().setStatusCode(405).putHeader("Allow", "GET, HEAD, POST")
          .putHeader("Content-Type", "text/plain;charset=UTF-8").putHeader("Cache-Control", "no-store")
          .end("Sign-out is a POST from a CAiMIRA page.");
      return;
    }
    HostAndPort authority = request.authority();
    if (authority == null || !Origins.sameHost(request.getHeader("Origin"), request.getHeader("Referer"),
        request.scheme(), authority.host(), authority.port())) {
      rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain;charset=UTF-8")
          .putHeader("Cache-Control", "no-store")
          .end("Sign-out refused: the request did not come from a CAiMIRA page.");
      return;
    }
    if (request.getCookie(SESSION_COOKIE) == null) {
      rc.response().setStatusCode(303).putHeader("Location", "/").putHeader("Cache-Control", "no-store").end();
      return;
    }
    rc.next();
  }
}
