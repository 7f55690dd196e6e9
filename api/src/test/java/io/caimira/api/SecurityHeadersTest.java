package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.session.SecurityHeaders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every kind of answer of the standalone API carries the security headers. */
@QuarkusTest
class SecurityHeadersTest {

  static void assertSecurityHeaders(Response r, String policy) {
    assertThat(r.header("Content-Security-Policy")).as(r.statusLine()).isEqualTo(policy);
    assertThat(r.header("X-Frame-Options")).as(r.statusLine()).isEqualTo("DENY");
    assertThat(r.header("X-Content-Type-Options")).as(r.statusLine()).isEqualTo("nosniff");
    assertThat(r.header("Referrer-Policy")).as(r.statusLine()).isEqualTo("same-origin");
    assertThat(r.headers().getValues("Content-Security-Policy")).as(r.statusLine()).hasSize(1);
  }

  private static void check(Response r, int status) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertSecurityHeaders(r, SecurityHeaders.POLICY);
  }

  @Test
  void everyKindOfAnswer() {
    check(given().get("/"), 200); // the landing page
    check(given().contentType(ContentType.JSON).body("{}").post("/virus/report"), 200); // JSON
    check(given().contentType(ContentType.JSON).body("[1]").post("/virus/report"), 400);
    check(given().get("/no/such/route"), 404);
    check(given().get("/virus/report"), 405);
    check(given().contentType(ContentType.TEXT).body("x").post("/virus/report"), 415);
    check(given().contentType(ContentType.JSON).body("{\"d\":\"" + "1".repeat(1024 * 1024 + 10) + "\"}")
        .post("/co2/report"), 413);
    check(given().options("/virus/report"), 204);
    check(given().get("/q/health/live"), 200);
    check(given().get("/q/openapi"), 200);
    // the generated API documentation has an inline script: its own policy
    Response docs = given().get("/q/swagger-ui/");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertSecurityHeaders(docs, SecurityHeaders.API_DOCS_POLICY);
    check(given().get("/q/swagger-ui-not-really"), 404);
  }
}
