package io.caimira.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-out is a same-origin POST: a GET of /auth/logout only shows a confirmation page (signed in or not, it neither
 * signs out nor starts a login), a POST from another site is refused, a POST from this site ends the session and
 * sends to the provider's end-session endpoint (RP-initiated logout), and a POST without a session just goes home.
 */
@QuarkusTest
@QuarkusTestResource(value = MockProvider.class, restrictToAnnotatedClass = true)
class LogoutTest {

  private static String ownOrigin() {
    return "http://localhost:" + RestAssured.port;
  }

  private static Map<String, String> signedIn(String user) {
    return SignIn.as(user, List.of("allowed-users"), "/calculator-cern").cookies();
  }

  private static Response post(Map<String, String> cookies, String origin) {
    return given().redirects().follow(false).cookies(cookies).header("Origin", origin).when().post("/auth/logout");
  }

  @Test
  void aGetShowsAButtonThatPostsAndSignsNobodyOut() {
    Map<String, String> alice = signedIn("alice");
    for (Map<String, String> cookies : List.of(Map.<String, String>of(), alice)) {
      Response page = SignIn.get("/auth/logout", cookies);
      assertThat(page.statusCode()).as("no redirect, to the provider or elsewhere: " + page.header("Location"))
          .isEqualTo(200);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.asString()).contains("<form method=\"post\" action=\"/auth/logout\">")
          .contains("id=\"sign-out\"");
      assertThat(page.headers().getValues("Set-Cookie")).as("no session ended, no login state").isEmpty();
    }
    given().cookies(alice).when().get("/auth/probe").then().statusCode(200);
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    Map<String, String> bob = signedIn("bob");
    Response forged = post(bob, "https://evil.example");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().getValues("Set-Cookie")).isEmpty();
    Response byReferer = given().redirects().follow(false).cookies(bob)
        .header("Referer", "https://evil.example/page").when().post("/auth/logout");
    assertThat(byReferer.statusCode()).isEqualTo(403);
    given().cookies(bob).when().get("/auth/probe").then().statusCode(200).header("X-Caimira-User", "bob");
  }

  /**
   * quarkus-oidc signs out any request to its logout path that authenticates, whatever its method: every method but
   * GET, HEAD and POST is refused before authentication, from this site or another or with no origin at all, and the
   * session is still there afterwards.
   */
  @Test
  void noOtherMethodSignsOut() {
    Map<String, String> dan = signedIn("dan");
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "LOGOUT")) {
      for (String origin : new String[] {null, "https://evil.example", ownOrigin()}) {
        var request = given().redirects().follow(false).cookies(dan);
        if (origin != null) {
          request.header("Origin", origin);
        }
        Response r = request.when().request(method, "/auth/logout");
        assertThat(r.statusCode()).as(method + " from " + origin + ": " + r.header("Location")).isEqualTo(405);
        assertThat(r.header("Allow")).as(method).isEqualTo("GET, HEAD, POST");
        assertThat(r.headers().getValues("Set-Cookie")).as(method + " from " + origin).isEmpty();
      }
    }
    Response head = given().redirects().follow(false).cookies(dan).header("Origin", "https://evil.example").when()
        .head("/auth/logout");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().getValues("Set-Cookie")).isEmpty();
    given().cookies(dan).when().get("/auth/probe").then().statusCode(200).header("X-Caimira-User", "dan");
  }

  @Test
  void aPostFromThisSiteEndsTheSessionAndTheSsoSession() {
    Map<String, String> carol = signedIn("carol");
    Response out = post(carol, ownOrigin());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.header("Location")).startsWith(MockProvider.issuerUrl()).contains("post_logout_redirect_uri=")
        .contains("id_token_hint=");
    assertThat(out.headers().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("q_session=;")
        .contains("Max-Age=0"));
    Map<String, String> after = new HashMap<>(carol);
    SignIn.keep(after, out);
    assertThat(after).doesNotContainKey("q_session");
    given().cookies(after).when().get("/auth/probe").then().statusCode(401);
  }

  @Test
  void aPostWithoutASessionGoesHomeWithoutALogin() {
    Response out = post(Map.of(), ownOrigin());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.header("Location")).endsWith("/").doesNotContain(MockProvider.issuerUrl());
  }

  @Test
  void theAccessDeniedPageSignsOutByPostToo() {
    String page = given().when().get("/auth/forbidden").then().statusCode(403).extract().asString();
    assertThat(page).contains("<form method=\"post\" action=\"/auth/logout\">").doesNotContain("href=\"/auth/logout\"");
  }
}
