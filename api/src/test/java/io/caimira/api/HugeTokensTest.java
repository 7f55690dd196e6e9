package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Huge tokens in a body are malformed JSON for the API's reader (its StreamReadConstraints): refused with a 400 and
 * a short message while the body is read, before any conversion.
 */
@QuarkusTest
class HugeTokensTest {

  private static Response post(String body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/virus/report");
  }

  @Test
  void aNumberOfHalfAMillionDigitsIs400WithAShortMessage() {
    Response r = post("{\"room_volume\": " + "9".repeat(500_000) + "}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.jsonPath().getString("message")).startsWith("Malformed JSON").hasSizeLessThan(300);
  }

  @Test
  void deepNestingIs400() {
    Response r = post("{\"occupancy\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.jsonPath().getString("message")).startsWith("Malformed JSON").hasSizeLessThan(300);
  }
}
