package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Form POSTs from another site are refused with a 403 page; same-origin and header-less ones pass. */
@QuarkusTest
class SameOriginPostsTest {
  @TestHTTPResource("/")
  URL root;

  private static RequestSpecification form() {
    return given().redirects().follow(false).formParams(Scenarios.office("Origin test", 7).values());
  }

  private String self() {
    return root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
  }

  @Test
  void postFromAnotherSiteIsRefusedWithAMessage() {
    form().header("Origin", "https://evil.example").when().post("/calculator/report").then().statusCode(403)
        .contentType(containsString("text/html")).body(containsString("Access refused"))
        .body(containsString("This form was sent from another web site"));
    form().header("Referer", "https://evil.example/page.html").when().post("/calculator/report").then()
        .statusCode(403);
    form().header("Origin", "null").when().post("/calculator/report").then().statusCode(403);
    form().header("Origin", "https://evil.example").header("Accept-Language", "fr").when()
        .post("/calculator/report").then().statusCode(403).body(containsString("Accès refusé"))
        .body(containsString("envoyé depuis un autre site web"));
  }

  @Test
  void sameOriginAndHeaderlessPostsPass() {
    form().header("Origin", self()).when().post("/calculator/report").then().statusCode(303);
    form().header("Referer", self() + "/calculator").when().post("/calculator/report").then().statusCode(303);
    form().when().post("/calculator/report").then().statusCode(303);
  }

  /** No trusted proxy here (ForwardedLinksTest has one): a client's forwarded headers do not move the site. */
  @Test
  void aClientsForwardedHeadersDoNotCount() {
    form().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
        .header("Origin", "https://evil.example").when().post("/calculator/report").then().statusCode(403);
    form().header("Forwarded", "proto=https;host=evil.example")
        .header("Origin", "https://evil.example").when().post("/calculator/report").then().statusCode(403);
    form().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
        .header("Origin", self()).when().post("/calculator/report").then().statusCode(303);
  }

  @Test
  void theApiKeepsItsOwnCorsPolicy() {
    given().contentType("application/json").body("{}").header("Origin", "https://elsewhere.example").when()
        .post("/api/virus/report").then().statusCode(400).contentType(containsString("application/json"))
        .body(not(containsString("another web site")));
  }
}
