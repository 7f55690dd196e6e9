package io.caimira.session;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CookieSecretTest {

  @Test
  void missingOrWeakSecretsAreRefusedWithAMessageNamingTheVariable() {
    for (String weak : new String[] {null, "", "  ", "<undefined>", "short-secret", "a".repeat(64),
        "abababababababababababababababab"}) {
      assertThatThrownBy(() -> CookieSecret.check(weak)).as(String.valueOf(weak))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("COOKIE_SECRET")
          .hasMessageContaining("openssl rand");
    }
  }

  @Test
  void aRandomHexSecretIsAccepted() {
    assertThatCode(() -> CookieSecret.check("3f9a0c7e41b2d8e6f5a1c3b7d9e0f2a4c6b8d0e1f3a5c7b9d1e3f5a7c9b1d3e5"))
        .doesNotThrowAnyException();
  }
}
