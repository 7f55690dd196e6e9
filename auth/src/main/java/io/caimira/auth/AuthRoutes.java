package io.caimira.auth;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The routes the router uses. Login, the code exchange and sign-out are quarkus-oidc's (authorization-code flow with
 * state, nonce and PKCE; the redirect URI is /auth/authorize; the session is in encrypted, HttpOnly, Secure, SameSite
 * cookies; sign-out is a same-origin POST, see {@link LogoutGuard}): this class answers the session probe of nginx's
 * auth_request, returns the user to the page first asked for, and shows the sign-out confirmation and the
 * access-denied page.
 */
@Path("/auth")
public class AuthRoutes {
  /** Upstream's cookie for the page to return to after login (set by its router; ours passes {@code next}). */
  static final String REDIRECT_COOKIE = "POST_AUTH_REDIRECT";

  private final CurrentIdentityAssociation identities;
  private final AuthSettings settings;

  AuthRoutes(CurrentIdentityAssociation identities, AuthSettings settings) {
    this.identities = identities;
    this.settings = settings;
  }

  /**
   * The caller's identity, anonymous when the session cookie is missing, forged, expired or cannot be refreshed
   * (authentication is lazy, so that such a cookie gives 401 here instead of a redirect to the provider).
   */
  private SecurityIdentity identity() {
    try {
      return identities.getDeferredIdentity().await().indefinitely(); // a worker thread: blocking is fine
    } catch (AuthenticationFailedException | AuthenticationRedirectException | AuthenticationCompletionException e) {
      return null;
    }
  }

  /**
   * 200 when the session is valid and holds the required role (or, with {@code role=admin}, the admin role), 401
   * without a valid session, 403 when signed in without the role. Never cached.
   */
  @GET
  @Path("/probe")
  public Response probe(@QueryParam("role") String role) {
    int status;
    SecurityIdentity identity = identity();
    if (identity == null || identity.isAnonymous()) {
      status = 401;
    } else {
      String needed = "admin".equals(role) ? settings.adminRole() : settings.requiredRole();
      status = identity.hasRole(needed) ? 200 : 403;
    }
    CacheControl noCache = new CacheControl();
    noCache.setNoCache(true);
    noCache.setNoStore(true);
    Response.ResponseBuilder answer = Response.status(status).cacheControl(noCache);
    if (status == 200) {
      answer.header("X-Caimira-User", identity.getPrincipal().getName());
    }
    return answer.build();
  }

  /**
   * Signs in (quarkus-oidc redirects to the provider first when needed), then goes to {@code next}. The router
   * writes the page asked for unencoded as the last parameter ({@code /auth/login?next=/x?a=1&b=2}), so the target
   * is the rest of the raw query after {@code next=}; an encoded value ({@code next=%2Fx%3Fa%3D1}) is decoded.
   * Without {@code next}, upstream's {@code POST_AUTH_REDIRECT} cookie gives the target (see {@link #onwards}).
   */
  @GET
  @Path("/login")
  @Authenticated
  public Response login(@Context UriInfo uri, @CookieParam(REDIRECT_COOKIE) String cookie) {
    return onwards(uri, cookie);
  }

  /**
   * Upstream's post-login route, kept for links and bookmarks to it: it signs nobody in (it is public) and only
   * sends the browser on, as the login does after signing in.
   */
  @GET
  @Path("/complete")
  public Response complete(@Context UriInfo uri, @CookieParam(REDIRECT_COOKIE) String cookie) {
    return onwards(uri, cookie);
  }

  /**
   * A 303 to the page to return to: {@code next} when given, else the {@code POST_AUTH_REDIRECT} cookie that
   * upstream's router set, each accepted only as a same-site relative path ({@link SafeRedirect}; "/" otherwise).
   * The cookie is cleared whenever it was sent, used or not.
   */
  private static Response onwards(UriInfo uri, String cookie) {
    String next = NextParameter.of(uri.getRequestUri().getRawQuery());
    if (next == null && cookie != null) {
      next = NextParameter.decoded(cookie);
    }
    Response.ResponseBuilder answer = Response.seeOther(URI.create(SafeRedirect.target(next)));
    if (cookie != null) {
      answer.cookie(new NewCookie.Builder(REDIRECT_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build());
    }
    return answer.build();
  }

  /**
   * The sign-out confirmation: a button that POSTs to this path, where quarkus-oidc ends the session and the SSO
   * session ({@link LogoutGuard} lets only same-origin POSTs through). A GET signs nobody out, so that an old link,
   * a bookmark or another site's image cannot; it must not authenticate either (quarkus-oidc would then sign out:
   * its logout path ignores the method), so the page is the same for everyone and never starts a login.
   */
  @GET
  @Path("/logout")
  @Produces(MediaType.TEXT_HTML)
  public Response confirmLogout() {
    return page(200, "Sign out – CAiMIRA", "<h1>Sign out</h1><p>Sign out of CAiMIRA and of the single sign-on?</p>"
        + SIGN_OUT_FORM + "<p><a href=\"/\">Back to CAiMIRA</a></p>");
  }

  /** Reached only when quarkus-oidc did not sign out (it redirects first when there is a session): home. */
  @POST
  @Path("/logout")
  public Response logout() {
    return Response.seeOther(URI.create("/")).build();
  }

  /** The page nginx shows when a signed-in user lacks the required role. */
  @GET
  @Path("/forbidden")
  @Produces(MediaType.TEXT_HTML)
  public Response forbidden() {
    return page(403, "Access denied – CAiMIRA", "<h1>Access denied</h1>"
        + "<p>Your account is signed in but does not have access to this part of CAiMIRA. Ask the service "
        + "administrators for access, or use the <a href=\"/calculator-open\">open calculator</a>.</p>"
        + SIGN_OUT_FORM);
  }

  /** The sign-out button: a POST to the logout path. */
  private static final String SIGN_OUT_FORM = "<form method=\"post\" action=\"" + LogoutGuard.PATH + "\">"
      + "<button type=\"submit\" id=\"sign-out\">Sign out</button></form>";

  private static Response page(int status, String title, String main) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(status).cacheControl(noStore).entity("<!DOCTYPE html><html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><title>" + title + "</title></head><body><main>" + main + "</main></body></html>")
        .build();
  }
}
