package io.caimira.webapp.security;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/** An OIDC provider on loopback (mock-oauth2-server) for the session tests of the calculator. */
public class SessionProvider implements QuarkusTestResourceLifecycleManager {
  static final String ISSUER = "caimira";
  static final String CLIENT = "caimira-test";
  static MockOAuth2Server server;

  @Override
  public Map<String, String> start() {
    server = new MockOAuth2Server();
    server.start(0);
    return Map.of("quarkus.oidc.auth-server-url", server.issuerUrl(ISSUER).toString());
  }

  /** The next sign-in is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
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
