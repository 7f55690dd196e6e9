package io.caimira.webapp.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/** An OIDC provider on loopback (mock-oauth2-server) for the session tests of the calculator. */
public class SessionProvider implements QuarkusTestResourceLifecycleManager {
  static final String ISSUER = "caimira";
  static final String CLIENT = "caimira-test";
  static MockOAuth2Server server;
  private static volatile boolean refusing;

  @Override
  public Map<String, String> start() {
    server = new MockOAuth2Server(new OAuth2Config(), new RefusedRenewals());
    server.start(0);
    return Map.of("quarkus.oidc.auth-server-url", server.issuerUrl(ISSUER).toString());
  }

  /** The next sign-in is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
  static void nextLogin(String user, List<String> roles, long seconds) {
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, user, "JWT", List.of(CLIENT),
        Map.of("preferred_username", user, "resource_access", Map.of(CLIENT, Map.of("roles", roles))), seconds));
  }

  /**
   * From now on (until {@link #renewAgain()}), the provider refuses to renew tokens (refresh-token grants), as
   * Keycloak does once the SSO session is over.
   */
  static void refuseRenewals() {
    refusing = true;
  }

  static void renewAgain() {
    refusing = false;
  }

  /** The provider's refusal of refresh-token grants while {@link #refusing}; ahead of its own routes. */
  private static final class RefusedRenewals implements Route {
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

  @Override
  public void stop() {
    if (server != null) {
      server.shutdown();
    }
  }
}
