package io.caimira.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.session.SecurityHeaders;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer of the auth-service carries the security headers (pages, redirects, the probe's answers,
 * refusals, errors), and a client's forwarded headers do not move the sign-in's redirect URI (no trusted proxy).
 */
@QuarkusTest
@QuarkusTestResource(value = MockProvider.class, restrictToAnnotatedClass = true)
class AuthSecurityHeadersTest {

  private static Response check(Response r, int status) {
    assertThat(r.statusCode()).isEqualTo(status);
    for (var e : SecurityHeaders.forPath("/auth").entrySet()) {
      assertThat(r.headers().getValues(e.getKey())).as(e.getKey() + " of a " + status).containsExactly(e.getValue());
    }
    return r;
  }

  @Test
  void everyKindOfAnswer() {
    check(given().redirects().follow(false).get("/auth/login?next=/calculator-cern"), 302);
    check(given().get("/auth/probe"), 401);
    check(given().get("/auth/logout"), 200);
    check(given().redirects().follow(false).header("Origin", "https://evil.example").post("/auth/logout"), 403);
    check(given().get("/auth/forbidden"), 403);
    check(given().get("/no/such/page"), 404);
    check(given().get("/q/health/live"), 200);
  }

  @Test
  void aClientsForwardedHostDoesNotMoveTheRedirectUri() {
    String location = given().redirects().follow(false).header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-Proto", "https").get("/auth/login?next=/calculator-cern").then().statusCode(302)
        .extract().header("Location");
    String decoded = URLDecoder.decode(location, StandardCharsets.UTF_8);
    assertThat(decoded).contains("redirect_uri=http://localhost:").doesNotContain("evil.example");
  }
}
