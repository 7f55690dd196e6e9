package io.caimira.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextParameterTest {

  @Test
  void theRestOfTheQueryIsTheTarget() {
    assertThat(NextParameter.of("next=/calculator-cern/report?c=abc&lang=fr"))
        .isEqualTo("/calculator-cern/report?c=abc&lang=fr");
    assertThat(NextParameter.of("x=1&next=/calculator-cern")).isEqualTo("/calculator-cern");
  }

  @Test
  void anEncodedTargetIsDecodedOnce() {
    assertThat(NextParameter.of("next=%2Fcalculator-cern%2Freport%3Fc%3Dabc%26lang%3Dfr"))
        .isEqualTo("/calculator-cern/report?c=abc&lang=fr");
  }

  @Test
  void absentOrMalformedGivesNull() {
    assertThat(NextParameter.of(null)).isNull();
    assertThat(NextParameter.of("lang=fr")).isNull();
    assertThat(NextParameter.of("nextx=/a")).isNull();
    assertThat(NextParameter.of("next=%2F%zz")).isNull();
  }

  /** The same rule for upstream's POST_AUTH_REDIRECT cookie. */
  @Test
  void aCookieValueIsDecodedOnlyWhenItStartsWithAnEncodedSlash() {
    assertThat(NextParameter.decoded("%2Fcalculator-cern%3Flang%3Dfr")).isEqualTo("/calculator-cern?lang=fr");
    assertThat(NextParameter.decoded("/calculator-cern?c=a%2Bb")).isEqualTo("/calculator-cern?c=a%2Bb");
    assertThat(NextParameter.decoded("https%3A%2F%2Fevil.example")).isEqualTo("https%3A%2F%2Fevil.example");
    assertThat(NextParameter.decoded("%2F%zz")).isNull();
    assertThat(NextParameter.decoded(null)).isNull();
  }
}
