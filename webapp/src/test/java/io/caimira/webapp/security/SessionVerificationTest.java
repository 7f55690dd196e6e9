package io.caimira.webapp.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The calculator's own check of the single sign-on session (CAIMIRA_SESSION_VERIFY on): the session cookies
 * quarkus-oidc writes at sign-in (as the auth-service does, same settings and secret) are verified here; the user's
 * name is shown; the calculator pages need a valid session with the required role; the profiler needs the admin
 * role of the session, whatever administrator header the request carries.
 */
@QuarkusTest
@TestProfile(SessionVerifyingDeployment.class)
class SessionVerificationTest {

  /** Signs in as {@code user} with {@code roles} through the stand-in login; answers the session cookies. */
  static Map<String, String> signIn(String user, List<String> roles) {
    return signIn(user, roles, 3600);
  }

  /** {@link #signIn(String, List)} with tokens valid for {@code seconds}. */
  static Map<String, String> signIn(String user, List<String> roles, long seconds) {
    SessionProvider.nextLogin(user, roles, seconds);
    Response start = given().redirects().follow(false).when().get("/test-sign-in");
    assertThat(start.statusCode()).isEqualTo(302);
    Map<String, String> cookies = new HashMap<>(start.getCookies());
    Response provider = given().urlEncodingEnabled(false).redirects().follow(false).when()
        .get(start.header("Location"));
    assertThat(provider.statusCode()).as(provider.asString()).isEqualTo(302);
    URI callback = URI.create(provider.header("Location"));
    Response back = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).when()
        .get(callback.getRawPath() + "?" + callback.getRawQuery());
    assertThat(back.statusCode()).as(back.asString()).isEqualTo(302);
    Map<String, String> session = new HashMap<>();
    back.getCookies().forEach((name, value) -> {
      if (name.startsWith("q_session") && !value.isEmpty()) {
        session.put(name, value);
      }
    });
    assertThat(session).containsKey("q_session");
    return session;
  }

  @Test
  void aSignedInUserSeesTheirNameInEnglishAndFrench() {
    Map<String, String> alice = signIn("alice", List.of("allowed-users"));
    String form = given().cookies(alice).when().get("/calculator?lang=en").then().statusCode(200).extract()
        .asString();
    assertThat(form).contains("covid_calculator").contains("Signed in as alice").contains("href=\"/auth/logout\"");
    String landing = given().cookies(alice).when().get("/?lang=fr").then().statusCode(200).extract().asString();
    assertThat(landing).contains("Connecté en tant que alice").contains("Se déconnecter");
  }

  @Test
  void withoutASessionTheCalculatorSendsToTheLoginAndPublicPagesStayOpen() {
    given().redirects().follow(false).when().get("/calculator/report?c=abc&lang=fr").then().statusCode(302)
        .header("Location", "/auth/login?next=/calculator/report?c=abc&lang=fr");
    String landing = given().when().get("/").then().statusCode(200).extract().asString();
    assertThat(landing).doesNotContain("Signed in as", "/auth/logout");
  }

  @Test
  void aForgedSessionCookieIsRefused() {
    given().redirects().follow(false).cookie("q_session", "forged.session.value").when().get("/calculator")
        .then().statusCode(302).header("Location", "/auth/login?next=/calculator");
    // a session cookie encrypted with another secret is no better
    Map<String, String> alice = signIn("alice", List.of("allowed-users"));
    String tampered = alice.get("q_session");
    tampered = tampered.substring(0, tampered.length() - 4) + (tampered.endsWith("AAAA") ? "BBBB" : "AAAA");
    given().redirects().follow(false).cookie("q_session", tampered).when().get("/calculator").then()
        .statusCode(302);
  }

  @Test
  void anExpiredSessionIsRefused() throws InterruptedException {
    Map<String, String> erin = signIn("erin", List.of("allowed-users"), 3);
    given().cookies(erin).when().get("/calculator").then().statusCode(200);
    // the tokens expire three seconds after they were issued: poll until then (at most 30 s)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    int status = 200;
    while (status == 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      status = given().redirects().follow(false).cookies(erin).when().get("/calculator").statusCode();
    }
    assertThat(status).isEqualTo(302);
  }

  @Test
  void aSignedInUserWithoutTheRequiredRoleIsRefused() {
    Map<String, String> bob = signIn("bob", List.of("external-users"));
    String page = given().cookies(bob).when().get("/calculator?lang=en").then().statusCode(403).extract()
        .asString();
    assertThat(page).contains("does not have access to this calculator").doesNotContain("covid_calculator");
  }

  @Test
  void onlyTheAdminRoleOfTheSessionOpensTheProfiler() {
    Map<String, String> carol = signIn("carol", List.of("allowed-users", "admin"));
    given().cookies(carol).when().get("/profiler?lang=en").then().statusCode(200);
    Map<String, String> alice = signIn("alice", List.of("allowed-users"));
    // the router's administrator header no longer suffices: the session decides
    given().cookies(alice).header("X-Caimira-Admin", "true").when().get("/profiler").then().statusCode(403);
    given().redirects().follow(false).header("X-Caimira-Admin", "true").when().get("/profiler").then()
        .statusCode(302).header("Location", "/auth/login?next=/profiler");
  }
}
