package io.caimira.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.auth.testing.OidcTestProvider;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The auth-service does not start with a weak COOKIE_SECRET (long enough for quarkus-oidc, but only four distinct
 * characters), even with a reachable provider and everything else set: the start fails with a message naming the
 * variable.
 */
class WeakCookieSecretStartRefusedTest {
  private static final OidcTestProvider PROVIDER = new OidcTestProvider();

  @RegisterExtension
  static final QuarkusUnitTest SERVICE = new QuarkusUnitTest()
      .withApplicationRoot(jar -> jar.addClasses(AuthSettings.class, AuthRoutes.class, SafeRedirect.class,
          NextParameter.class))
      .overrideConfigKey("quarkus.oidc.auth-server-url", PROVIDER.issuerUrl())
      .overrideConfigKey("quarkus.oidc.client-id", OidcTestProvider.CLIENT)
      .overrideConfigKey("quarkus.oidc.credentials.secret", "test-client-secret")
      .overrideConfigKey("quarkus.oidc.application-type", "web-app")
      .overrideConfigKey("quarkus.keycloak.devservices.enabled", "false")
      .overrideConfigKey("COOKIE_SECRET", "0123".repeat(10))
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
  void theServiceDoesNotStart() {
    // never run: the start fails (checked above)
  }
}
