package io.caimira.auth.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * An OIDC provider on loopback (mock-oauth2-server) for the session tests of the auth-service and of the calculator
 * (shared through the auth module's test jar): sign-ins of chosen users with client roles and token lifetimes, and,
 * on demand, refusals to renew tokens as Keycloak gives once the SSO session is over.
 */
public final class OidcTestProvider {
  public static final String ISSUER = "caimira";
  public static final String CLIENT = "caimira-test";

  private final MockOAuth2Server server;
  private volatile boolean refusing;

  /** Starts the provider on a free port. */
  public OidcTestProvider() {
    server = new MockOAuth2Server(new OAuth2Config(), new RefusedRenewals());
    server.start(0);
  }

  /** The issuer URL, for {@code quarkus.oidc.auth-server-url}. */
  public String issuerUrl() {
    return server.issuerUrl(ISSUER).toString();
  }

  /** The next sign-in is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
  public void nextLogin(String user, List<String> roles, long seconds) {
    nextLogin(user, Map.of("resource_access", Map.of(CLIENT, Map.of("roles", roles))), seconds);
  }

  /**
   * The next sign-in is of {@code user} with these claims in its tokens (besides {@code preferred_username}), e.g.
   * roles at another claim path than Keycloak's client roles; its tokens valid for {@code seconds}.
   */
  public void nextLogin(String user, Map<String, Object> claims, long seconds) {
    Map<String, Object> all = new HashMap<>(claims);
    all.put("preferred_username", user);
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, user, "JWT", List.of(CLIENT), all, seconds));
  }

  /** While on, refresh-token grants are refused with {@code invalid_grant}. */
  public void refuseRenewals(boolean refuse) {
    refusing = refuse;
  }

  public void stop() {
    server.shutdown();
  }

  /** The refusal of refresh-token grants while {@link #refusing}; ahead of the server's own routes. */
  private final class RefusedRenewals implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return refusing && request.getMethod().equals("POST") && request.getUrl().encodedPath().endsWith("/token")
          && "refresh_token".equals(request.getFormParameters().get("grant_type"));
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 400,
          "{\"error\": \"invalid_grant\", \"error_description\": \"Session not active\"}", null);
    }
  }
}
