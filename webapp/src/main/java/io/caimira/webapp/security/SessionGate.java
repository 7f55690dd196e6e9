package io.caimira.webapp.security;

import io.caimira.webapp.i18n.Bundles;
import io.caimira.webapp.PathRouting;
import io.caimira.webapp.WebSettings;
import io.caimira.webapp.errors.PageProblem;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The calculator's own check of the single sign-on session, when {@link SessionVerification} is on (defence in
 * depth behind the router's probe): every page request's session cookie is verified by quarkus-oidc (decrypted
 * with the auth-service's COOKIE_SECRET, ID token signature, issuer, audience and expiry; an expired ID token is
 * renewed with the session's refresh token, the new cookies going out with this response), and the user recorded
 * for the page header. The session ends when that renewal fails (the provider's SSO session is over). The calculator pages need a session with the required role: without a valid session the
 * browser goes to the auth-service's login, back to the page afterwards (as the router does); signed in without
 * the role is a 403. The profiler needs a valid session here and the admin role in {@link AdminAccess}. Other
 * pages (landing page, short links, static files) stay public. A login is never started here.
 */
public class SessionGate {
  private final SessionVerification verification;
  private final CurrentIdentityAssociation identities;
  private final SessionUser user;
  private final WebSettings web;

  SessionGate(SessionVerification verification, CurrentIdentityAssociation identities, SessionUser user,
      WebSettings web) {
    this.verification = verification;
    this.identities = identities;
    this.user = user;
    this.web = web;
  }

  @ServerRequestFilter
  public Uni<Response> check(ContainerRequestContext request) {
    if (!verification.on()) {
      return Uni.createFrom().nullItem();
    }
    String path = request.getUriInfo().getRequestUri().getRawPath();
    boolean calculator = below(path, PathRouting.CALCULATOR);
    boolean admin = below(path, "/profiler");
    return identities.getDeferredIdentity()
        .onFailure(f -> f instanceof AuthenticationFailedException || f instanceof AuthenticationRedirectException
            || f instanceof AuthenticationCompletionException).recoverWithNull()
        .map(identity -> {
          boolean signedIn = identity != null && !identity.isAnonymous();
          if (signedIn) {
            user.signedIn(identity);
          }
          if (!(calculator || admin)) {
            return null;
          }
          if (!signedIn) {
            return toLogin(path, request.getUriInfo().getRequestUri().getRawQuery());
          }
          if (calculator && !identity.hasRole(verification.requiredRole())) {
            throw new PageProblem(403, locale -> texts(locale).role_missing());
          }
          return null;
        });
  }

  /**
   * To the auth-service's login, with the page asked for (its public path, still encoded) to come back to, written
   * unencoded as the last parameter as the router does.
   */
  private Response toLogin(String internalPath, String rawQuery) {
    String page = below(internalPath, PathRouting.CALCULATOR)
        ? web.calculatorUrl(internalPath.substring(PathRouting.CALCULATOR.length()))
        : web.url(internalPath);
    String next = rawQuery == null ? page : page + "?" + rawQuery;
    // a relative Location, as nginx's (location(URI) would make it absolute)
    return Response.status(302).header("Location", "/auth/login?next=" + next).header("Cache-Control", "no-store")
        .build();
  }

  private static boolean below(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  private static SessionTexts texts(Locale locale) {
    return Bundles.of(SessionTexts.class, locale);
  }
}
