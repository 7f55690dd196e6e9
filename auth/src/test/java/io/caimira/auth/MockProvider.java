package io.caimira.auth;

import io.caimira.auth.testing.OidcTestProvider;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/** The test provider ({@link OidcTestProvider}) and the auth-service's settings for it. */
public class MockProvider implements QuarkusTestResourceLifecycleManager {
  static final String CLIENT = OidcTestProvider.CLIENT;
  private static OidcTestProvider provider;

  @Override
  public Map<String, String> start() {
    provider = new OidcTestProvider();
    return Map.of(
        "quarkus.oidc.auth-server-url", provider.issuerUrl(),
        "CLIENT_ID", CLIENT,
        "CLIENT_SECRET", "test-client-secret",
        "COOKIE_SECRET", "9d3f6b0a1e7c42d8b5f09a6e3c1d7b2f4e8a0c6d3b9f1e5a");
    // the cookies keep the production attributes (Secure included): the tests send them back themselves
  }

  /** The next login is of {@code user} with these client roles, its tokens valid for an hour. */
  static void nextLogin(String user, List<String> roles) {
    nextLogin(user, roles, 3600);
  }

  /** The next login is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
  static void nextLogin(String user, List<String> roles, long seconds) {
    provider.nextLogin(user, roles, seconds);
  }

  /** The next login is of {@code user} with these claims (e.g. roles at a custom claim path), for an hour. */
  static void nextLogin(String user, Map<String, Object> claims) {
    provider.nextLogin(user, claims, 3600);
  }

  /** The provider itself, for tokens it would never issue ({@link OidcTestProvider#answerNextCodeExchangeWith}). */
  static OidcTestProvider provider() {
    return provider;
  }

  /** The provider's issuer URL (its endpoints are below it). */
  static String issuerUrl() {
    return provider.issuerUrl();
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
