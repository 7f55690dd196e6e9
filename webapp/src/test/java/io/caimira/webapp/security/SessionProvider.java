package io.caimira.webapp.security;

import io.caimira.auth.testing.OidcTestProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/** The test provider of the auth module ({@link OidcTestProvider}) for the calculator's session tests. */
public class SessionProvider implements QuarkusTestResourceLifecycleManager {
  static final String CLIENT = OidcTestProvider.CLIENT;
  private static OidcTestProvider provider;

  @Override
  public Map<String, String> start() {
    provider = new OidcTestProvider();
    return Map.of("quarkus.oidc.auth-server-url", provider.issuerUrl());
  }

  /** The next sign-in is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
  static void nextLogin(String user, List<String> roles, long seconds) {
    provider.nextLogin(user, roles, seconds);
  }

  /** The next sign-in is of {@code user} with these claims (e.g. roles at another claim path), for an hour. */
  static void nextLogin(String user, Map<String, Object> claims) {
    provider.nextLogin(user, claims, 3600);
  }

  /** The provider itself, to sign tokens with its key. */
  static OidcTestProvider provider() {
    return provider;
  }

  /** From now on (until {@link #renewAgain()}), the provider refuses to renew tokens. */
  static void refuseRenewals() {
    provider.refuseRenewals(true);
  }

  static void renewAgain() {
    provider.refuseRenewals(false);
  }

  @Override
  public void stop() {
    if (provider != null) {
      provider.stop();
    }
  }
}
