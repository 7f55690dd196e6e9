package io.caimira.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Upstream's {@code POST_AUTH_REDIRECT} cookie (its router set it before sending to /auth/login; ours passes
 * {@code next}): honoured when no {@code next} is given, with the same rule as {@code next} (same-site relative
 * paths only, anything else goes to "/"), and cleared. {@code /auth/complete}, upstream's post-login route, does the
 * same without signing anyone in.
 */
@QuarkusTest
@QuarkusTestResource(value = MockProvider.class, restrictToAnnotatedClass = true)
class PostAuthRedirectTest {
  private static final String[] UNSAFE = {"https://evil.example/phish", "//evil.example/x", "/\\evil.example",
      "/%2Fevil.example", "/%5cevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example",
      "https%3A%2F%2Fevil.example", "http:/evil.example", "javascript:alert(1)", "calculator-cern"};

  private static SignIn signInWith(String cookie, String start) {
    return SignIn.as("alice", List.of("allowed-users"), 3600, start, Map.of("POST_AUTH_REDIRECT", cookie));
  }

  /** Where {@code location} leads on this site: its path and query, or the whole URL when it leaves the site. */
  private static String target(String location) {
    URI uri = URI.create(location);
    if (uri.getHost() != null && !uri.getHost().equals("localhost")) {
      return location;
    }
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private static void assertCleared(Response answer) {
    assertThat(answer.headers().getValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("POST_AUTH_REDIRECT=;").contains("Max-Age=0").contains("Path=/"));
  }

  @Test
  void aRelativeCookieIsHonouredAfterTheLoginAndCleared() {
    SignIn signIn = signInWith("/calculator-cern/report?c=abc&lang=fr", "/auth/login");
    assertThat(target(signIn.location())).isEqualTo("/calculator-cern/report?c=abc&lang=fr");
    assertCleared(signIn.finalAnswer());
    // an encoded one is decoded once
    assertThat(target(signInWith("%2Fcalculator-cern%3Flang%3Dfr", "/auth/login").location()))
        .isEqualTo("/calculator-cern?lang=fr");
  }

  @Test
  void anAbsoluteCookieEndsAtTheHomePage() {
    SignIn signIn = signInWith("https://evil.example/phish", "/auth/login");
    assertThat(target(signIn.location())).isEqualTo("/");
    assertCleared(signIn.finalAnswer());
    assertThat(target(signInWith("%2F%2Fevil.example", "/auth/login").location())).isEqualTo("/");
  }

  @Test
  void nextWinsOverTheCookie() {
    SignIn signIn = signInWith("/profiler", "/auth/login?next=/calculator-cern");
    assertThat(target(signIn.location())).isEqualTo("/calculator-cern");
    assertCleared(signIn.finalAnswer());
  }

  @Test
  void completeSendsOnWithoutSigningIn() {
    Response relative = given().redirects().follow(false).cookie("POST_AUTH_REDIRECT", "/calculator-cern?lang=fr")
        .when().get("/auth/complete");
    assertThat(relative.statusCode()).isEqualTo(303);
    assertThat(target(relative.header("Location"))).isEqualTo("/calculator-cern?lang=fr");
    assertCleared(relative);
    Response next = given().urlEncodingEnabled(false).redirects().follow(false).when()
        .get("/auth/complete?next=/calculator-cern/report?c=abc&lang=fr");
    assertThat(next.statusCode()).isEqualTo(303);
    assertThat(target(next.header("Location"))).isEqualTo("/calculator-cern/report?c=abc&lang=fr");
    assertThat(next.headers().getValues("Set-Cookie")).as("no cookie to clear, no session").isEmpty();
    Response nothing = given().redirects().follow(false).when().get("/auth/complete");
    assertThat(target(nothing.header("Location"))).isEqualTo("/");
  }

  @Test
  void completeIgnoresEveryUnsafeTarget() {
    for (String unsafe : UNSAFE) {
      Response byCookie = given().redirects().follow(false).cookie("POST_AUTH_REDIRECT", unsafe).when()
          .get("/auth/complete");
      assertThat(byCookie.statusCode()).as(unsafe).isEqualTo(303);
      assertThat(target(byCookie.header("Location"))).as("cookie " + unsafe).isEqualTo("/");
      Response byNext = given().urlEncodingEnabled(false).redirects().follow(false).when()
          .get("/auth/complete?next=" + unsafe.replace("\\", "%5C"));
      assertThat(target(byNext.header("Location"))).as("next " + unsafe).isEqualTo("/");
    }
  }
}
