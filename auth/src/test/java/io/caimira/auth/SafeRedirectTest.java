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
        "\\\\evil", "javascript:alert(1)", "calculator", "/x\r\nSet-Cookie: a=b", "http:/evil"}) {
      assertThat(SafeRedirect.target(bad)).as(String.valueOf(bad)).isEqualTo("/");
    }
  }
}
