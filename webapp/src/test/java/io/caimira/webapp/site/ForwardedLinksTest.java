package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind the router (a trusted proxy: CAIMIRA_TRUSTED_PROXIES), absolute links and redirects use the scheme and
 * host the browser used. {@link UntrustedForwardedHeadersTest}: without it, the headers change nothing.
 */
@QuarkusTest
@TestProfile(ForwardedLinksTest.BehindTheRouter.class)
class ForwardedLinksTest {
  private static final String ARGS = "simulation_name=Proxy&room_volume=75";

  /** The tests' client, on the loopback address, plays the router. */
  public static class BehindTheRouter implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("CAIMIRA_TRUSTED_PROXIES", "127.0.0.1, ::1");
    }
  }

  @Test
  void shortLinkRedirectUsesTheForwardedSchemeAndHost() {
    given().redirects().follow(false).header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "caimira.example.org").when().get("/_c/" + LinkCodec.encodeStandard(ARGS))
        .then().statusCode(302).header("Location", equalTo("https://caimira.example.org/calculator?" + ARGS));
    // only the X-Forwarded-* family, which the router sets: Forwarded is ignored
    given().redirects().follow(false).header("Forwarded", "proto=https;host=caimira.example.org").when()
        .get("/_c/" + LinkCodec.encodeStandard(ARGS))
        .then().statusCode(302).header("Location", startsWith("http://localhost:"));
  }

  @Test
  void aSameOriginPostIsJudgedOnTheForwardedHost() {
    given().redirects().follow(false).formParams(Scenarios.office("Origin test", 7).values())
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "caimira.example.org")
        .header("Origin", "https://caimira.example.org").when().post("/calculator/report").then().statusCode(303);
    given().redirects().follow(false).formParams(Scenarios.office("Origin test", 7).values())
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "caimira.example.org")
        .header("Origin", "https://evil.example").when().post("/calculator/report").then().statusCode(403);
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
