package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Behind a TLS-terminating proxy, absolute links and redirects use the scheme and host the browser used. */
@QuarkusTest
class ForwardedLinksTest {
  private static final String ARGS = "simulation_name=Proxy&room_volume=75";

  @Test
  void shortLinkRedirectUsesTheForwardedSchemeAndHost() {
    given().redirects().follow(false).header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "caimira.example.org").when().get("/_c/" + LinkCodec.encodeStandard(ARGS))
        .then().statusCode(302).header("Location", equalTo("https://caimira.example.org/calculator?" + ARGS));
    given().redirects().follow(false).header("Forwarded", "proto=https;host=caimira.example.org").when()
        .get("/_c/" + LinkCodec.encodeStandard(ARGS))
        .then().statusCode(302).header("Location", equalTo("https://caimira.example.org/calculator?" + ARGS));
  }

  @Test
  void reportRedirectAndComparisonPermalinkUseHttps() {
    given().redirects().follow(false).header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "caimira.example.org").when().get("/calculator/baseline-model/result")
        .then().statusCode(302).header("Location", startsWith("https://caimira.example.org/calculator/report?c="));
    given().redirects().follow(false).header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "caimira.example.org").formParams(Scenarios.office("Proxy", 3).values())
        .when().post("/calculator/report")
        .then().statusCode(303).header("Location", startsWith("https://caimira.example.org/calculator/report?c="));
    given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "caimira.example.org")
        .queryParam("c", Scenarios.code(Scenarios.office("Proxy", 3))).when()
        .get("/calculator/compare").then().statusCode(200)
        .body(containsString("value=\"https://caimira.example.org/calculator/compare?c="));
  }
}
