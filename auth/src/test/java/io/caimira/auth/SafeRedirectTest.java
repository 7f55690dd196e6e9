package io.caimira.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {

  @Test
  void sameSiteRelativePathsAreKept() {
    assertThat(SafeRedirect.target("/calculator-cern")).isEqualTo("/calculator-cern");
    assertThat(SafeRedirect.target("/calculator-cern/report?c=eJx%2B&lang=fr")).isEqualTo(
        "/calculator-cern/report?c=eJx%2B&lang=fr");
  }

  @Test
  void everythingElseGoesHome() {
    for (String bad : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
        "\\\\evil", "javascript:alert(1)", "calculator", "/x\r\nSet-Cookie: a=b", "http:/evil",
        "/%2Fevil.example", "/%2f/evil.example", "/%5Cevil.example", "/%5c%5cevil", "/\tevil"}) {
      assertThat(SafeRedirect.target(bad)).as(String.valueOf(bad)).isEqualTo("/");
    }
  }

  @Test
  void aPercentSignFurtherOnIsKept() {
    assertThat(SafeRedirect.target("/calculator-cern/%2Fx")).isEqualTo("/calculator-cern/%2Fx");
    assertThat(SafeRedirect.target("/%41bc")).isEqualTo("/%41bc");
  }
}
