package io.caimira.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings the calculator's session check needs before it starts. */
class SessionVerificationSettingsTest {

  private static SessionVerification verification(boolean on, Optional<String> clientSecret) {
    return verification(on, clientSecret, "5b8e2d4f7a1c9e3b6d0f8a2c4e7b1d9f");
  }

  private static SessionVerification verification(boolean on, Optional<String> clientSecret, String cookieSecret) {
    return new SessionVerification(on, "allowed-users", "admin", Optional.of("https://sso.example"),
        Optional.of("caimira"), Optional.of("caimira-test"), clientSecret, Optional.of(cookieSecret));
  }

  /** The auth-service's rule: a placeholder, a short key or a patterned one is refused. */
  @Test
  void aWeakCookieSecretIsRefusedWhenTheCheckIsOn() {
    for (String weak : new String[] {"<undefined>", "short-secret", "0123".repeat(10),
        "password1234password1234password1234", "0123456789abcdef0123456789abcdef"}) {
      assertThatThrownBy(() -> verification(true, Optional.of("test-client-secret"), weak)).as(weak)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOKIE_SECRET is too weak");
    }
    // the open calculator does not use the key at all
    assertThat(verification(false, Optional.empty(), "<undefined>").on()).isFalse();
  }

  @Test
  void theClientSecretIsRequiredToRenewExpiredIdTokens() {
    assertThatThrownBy(() -> verification(true, Optional.empty())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLIENT_SECRET").hasMessageNotContaining("COOKIE_SECRET");
    assertThatThrownBy(() -> verification(true, Optional.of(" "))).hasMessageContaining("CLIENT_SECRET");
    assertThat(verification(true, Optional.of("test-client-secret")).on()).isTrue();
  }

  @Test
  void withoutTheCheckNothingIsRequired() {
    SessionVerification off = new SessionVerification(false, "allowed-users", "admin", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(off.on()).isFalse();
  }
}
