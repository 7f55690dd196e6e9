package io.caimira.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.auth.testing.OidcTestProvider;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With the session check on, the calculator does not start with a weak COOKIE_SECRET (long enough for
 * quarkus-oidc, but only four distinct characters), although the provider is reachable and everything else is set:
 * the same rule as the auth-service's, with a message naming the variable.
 */
class WeakCookieSecretStartRefusedTest {
  private static final OidcTestProvider PROVIDER = new OidcTestProvider();
  private static final String WEAK = "0123".repeat(10);

  @RegisterExtension
  static final QuarkusUnitTest CALCULATOR = new QuarkusUnitTest()
      .withApplicationRoot(jar -> jar.addClasses(SessionVerification.class))
      .overrideConfigKey("CAIMIRA_SESSION_VERIFY", "true")
      .overrideConfigKey("OIDC_SERVER", "http://localhost")
      .overrideConfigKey("OIDC_REALM", "caimira")
      .overrideConfigKey("CLIENT_ID", OidcTestProvider.CLIENT)
      .overrideConfigKey("CLIENT_SECRET", "test-client-secret")
      .overrideConfigKey("COOKIE_SECRET", WEAK)
      .overrideConfigKey("quarkus.oidc.auth-server-url", PROVIDER.issuerUrl())
      .overrideConfigKey("quarkus.oidc.client-id", OidcTestProvider.CLIENT)
      .overrideConfigKey("quarkus.oidc.credentials.secret", "test-client-secret")
      .overrideConfigKey("quarkus.oidc.application-type", "web-app")
      .overrideConfigKey("quarkus.oidc.token-state-manager.encryption-secret", WEAK)
      .overrideConfigKey("quarkus.keycloak.devservices.enabled", "false")
      .assertException(failure -> {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
          cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("COOKIE_SECRET is too weak");
      });

  @AfterAll
  static void stopProvider() {
    PROVIDER.stop();
  }

  @Test
  void theCalculatorDoesNotStart() {
    // never run: the start fails (checked above)
  }
}
