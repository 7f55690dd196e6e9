package io.caimira.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The service refuses to start without a strong cookie secret (upstream ran with '<undefined>'). */
class AuthSettingsTest {

  @Test
  void weakOrMissingSecretsAreRefused() {
    for (String weak : new String[] {null, "", "  ", "<undefined>", "short-secret", "a".repeat(64)}) {
      assertThatThrownBy(() -> AuthSettings.checkSecret(weak)).as(String.valueOf(weak))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOKIE_SECRET");
    }
  }

  @Test
  void aRandomHexSecretIsAccepted() {
    assertThatCode(() -> AuthSettings.checkSecret("3f9a0c7e41b2d8e6f5a1c3b7d9e0f2a4c6b8d0e1f3a5c7b9d1e3f5a7c9b1d3e5"))
        .doesNotThrowAnyException();
  }
}
