package io.caimira.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginsTest {

  @Test
  void theRequestsOwnHostPasses() {
    assertThat(Origins.sameHost("https://caimira.example", null, "https", "caimira.example", -1)).isTrue();
    assertThat(Origins.sameHost(null, "https://caimira.example/calculator-cern?x=1", "https", "caimira.example",
        -1)).isTrue();
    assertThat(Origins.sameHost("http://127.0.0.1:8080", null, "http", "127.0.0.1", 8080)).isTrue();
    // a client without either header (not a browser)
    assertThat(Origins.sameHost(null, null, "https", "caimira.example", -1)).isTrue();
  }

  @Test
  void anotherHostOrPortOrANullOriginFails() {
    assertThat(Origins.sameHost("https://evil.example", null, "https", "caimira.example", -1)).isFalse();
    assertThat(Origins.sameHost("https://evil.example", "https://caimira.example/", "https", "caimira.example",
        -1)).as("the Origin header decides when both are given").isFalse();
    assertThat(Origins.sameHost("http://127.0.0.1:9999", null, "http", "127.0.0.1", 8080)).isFalse();
    assertThat(Origins.sameHost("null", null, "https", "caimira.example", -1)).isFalse();
  }
}
