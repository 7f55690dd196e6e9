package io.caimira.auth;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/** An OIDC provider on loopback (mock-oauth2-server) for the auth-service tests. */
public class MockProvider implements QuarkusTestResourceLifecycleManager {
  static final String ISSUER = "caimira";
  static final String CLIENT = "caimira-test";
  static MockOAuth2Server server;

  @Override
  public Map<String, String> start() {
    server = new MockOAuth2Server();
    server.start(0);
    return Map.of(
        "quarkus.oidc.auth-server-url", server.issuerUrl(ISSUER).toString(),
        "CLIENT_ID", CLIENT,
        "CLIENT_SECRET", "test-client-secret",
        "COOKIE_SECRET", "0123456789abcdef0123456789abcdef0123456789abcdef",
        "quarkus.oidc.authentication.cookie-force-secure", "false");
  }

  /** The next login is of {@code user} with these client roles, its tokens valid for an hour. */
  static void nextLogin(String user, List<String> roles) {
    nextLogin(user, roles, 3600);
  }

  /** The next login is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
  static void nextLogin(String user, List<String> roles, long seconds) {
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, user, "JWT", List.of(CLIENT),
        Map.of("preferred_username", user, "resource_access", Map.of(CLIENT, Map.of("roles", roles))), seconds));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.shutdown();
    }
  }
}
