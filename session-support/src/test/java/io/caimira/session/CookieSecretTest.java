package io.caimira.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
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
  void lowEntropySecretsAreRefused() {
    String[] weak = {
        "a".repeat(32), // one character
        "passwordpasswordpasswordpassword", // a word repeated
        "password1234password1234password1234", // a phrase repeated
        "abcdefghabcdefghabcdefghabcdefgh", // eight characters, repeated
        "0123456789abcdef0123456789abcdef0123456789abcdef", // a run, repeated
        "0123456789abcdefghijklmnopqrstuvwxyz", // a run of 36 distinct characters
        "zyxwvutsrqponmlkjihgfedcba9876543210", // the same backwards
        "aabbccddeeffgghhiijjkkllmmnnooppqq", // doubled characters
        "1212343456567878121234345656787812", // a short alphabet with a pattern
        "qwerqwerqwerqwerasdfasdfasdfasdfzxcv", // keyboard keys repeated
        "secretsecretsecretsecretsecretsecret1", // a word repeated with a tail
        "0000000000000000000000000000000000000000000001", // almost one character
        "abcabcabcabcabcabcabcabcabcabcabcXYZ12345", // a pattern with a tail
        "correcthorsebatterystaplecorrecthorse", // words, partly repeated
        "iloveyouiloveyou2024iloveyouiloveyou", // a phrase repeated around a year
    };
    for (String s : weak) {
      assertThatThrownBy(() -> CookieSecret.check(s)).as(s).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("COOKIE_SECRET is too weak");
    }
  }

  @Test
  void randomSecretsAreAccepted() {
    assertThatCode(() -> CookieSecret.check("3f9a0c7e41b2d8e6f5a1c3b7d9e0f2a4c6b8d0e1f3a5c7b9d1e3f5a7c9b1d3e5"))
        .doesNotThrowAnyException();
    // hex and base64 of random bytes, as openssl rand -hex/-base64 makes them: 10 000 of each, reproducibly
    Random random = new Random(20261205);
    for (int i = 0; i < 10_000; i++) {
      for (int bytes : new int[] {16, 32, 50}) {
        byte[] key = new byte[bytes];
        random.nextBytes(key);
        String hex = HexFormat.of().formatHex(key);
        String base64 = Base64.getEncoder().encodeToString(key);
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        for (String s : new String[] {hex, hex.toUpperCase(), base64, url}) {
          if (s.length() >= CookieSecret.MIN_LENGTH) {
            assertThatCode(() -> CookieSecret.check(s)).as(s).doesNotThrowAnyException();
          }
        }
      }
    }
  }

  @Test
  void theEstimates() {
    assertThat(CookieSecret.bits("a".repeat(40))).isZero();
    assertThat(CookieSecret.bits("ab".repeat(20))).isEqualTo(40.0);
    assertThat(CookieSecret.repeatedTriples("xyzxyzxy")).isEqualTo(3);
    assertThat(CookieSecret.repeatedTriples("abcdefgh")).isZero();
    assertThat(CookieSecret.steps("abcz")).isEqualTo(2);
  }
}
