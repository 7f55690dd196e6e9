package io.caimira.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.caimira.calculator.InputError;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Plain unit tests of the small rules behind the HTTP layer. */
class UnitChecksTest {

  @Test
  void corsAllowListIsTrimmedAndCaseInsensitiveAndEchoesTheOrigin() {
    CorsPolicy cors = CorsPolicy.parse(" https://MyClientApp.org ,https://myclientapp2.org,, ");

    assertThat(cors.allowOrigin("https://myclientapp.org")).contains("https://myclientapp.org");
    assertThat(cors.allowOrigin("HTTPS://MYCLIENTAPP2.ORG")).contains("HTTPS://MYCLIENTAPP2.ORG");
    assertThat(cors.allowOrigin("https://myclientapp.org:8443")).isEmpty();
    assertThat(cors.allowOrigin(null)).isEmpty();
    assertThat(CorsPolicy.parse(null).isEmpty()).isTrue();
    assertThat(CorsPolicy.parse("  ").allowOrigin("")).isEmpty();
  }

  @Test
  void pathPrefixStripsAndNormalises() {
    PathPrefix prefix = new PathPrefix("api/");

    assertThat(prefix.value()).isEqualTo("/api");
    assertThat(prefix.strip("/api")).isEqualTo("/");
    assertThat(prefix.strip("/api/virus/report")).isEqualTo("/virus/report");
    assertThat(prefix.strip("/apix/virus/report")).isNull();
    assertThat(prefix.bypasses("/co2/report")).isTrue();
    assertThat(prefix.bypasses("/")).isFalse();
    assertThat(new PathPrefix("").isEmpty()).isTrue();
    assertThat(new PathPrefix("/").bypasses("/co2/report")).isFalse();
  }

  @Test
  void queryFlags() {
    assertThat(RequestChecks.flag("include_samples", null)).isFalse();
    assertThat(RequestChecks.flag("include_samples", "True")).isTrue();
    assertThat(RequestChecks.flag("include_samples", "0")).isFalse();
    assertThatThrownBy(() -> RequestChecks.flag("include_samples", ""))
        .isInstanceOf(InputError.class)
        .extracting(e -> ((InputError) e).field()).isEqualTo("include_samples");
  }

  @Test
  void bodyMustBeAnObject() {
    assertThatThrownBy(() -> RequestChecks.requireObject(JsonNodeFactory.instance.textNode("x")))
        .isInstanceOf(InputError.class)
        .hasMessage("The request body must be a JSON object of inputs, not a string");
    assertThat(RequestChecks.requireObject(JsonNodeFactory.instance.objectNode())).isNotNull();
  }

  @Test
  void readinessIsDownWithTheReasonWhenNoCalculatorWasFound() {
    HealthCheckResponse response = HealthChecks.readiness(new UnavailableCalculator("No calculator found"));

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("problem",
        "No calculator found"));
  }
}
