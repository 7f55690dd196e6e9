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
 * role of the session, whatever administrator header the request carries; an expired ID token is renewed with the
 * refresh token while the provider allows it.
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
    return signInAsTold();
  }

  /** Signs in through the stand-in login as whoever the provider was told to sign in next. */
  static Map<String, String> signInAsTold() {
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
    // sign-out is a POST form (the auth-service refuses it from other sites), not a link
    assertThat(form).contains("covid_calculator").contains("Signed in as alice")
        .contains("<form class=\"d-flex\" method=\"post\" action=\"/auth/logout\"")
        .doesNotContain("href=\"/auth/logout\"");
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

  /**
   * Asks for the calculator page with {@code session} every 250 ms until the answer renews the session cookie or is
   * no longer 200 (at most 30 s): the ID token of a three-second sign-in has then expired.
   */
  private static Response pageUntilExpired(Map<String, String> session) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Response r = given().redirects().follow(false).cookies(session).when().get("/calculator");
    while (r.statusCode() == 200 && r.getCookie("q_session") == null && System.nanoTime() < deadline) {
      Thread.sleep(250);
      r = given().redirects().follow(false).cookies(session).when().get("/calculator");
    }
    return r;
  }

  /**
   * An expired ID token is renewed with the session's refresh token, the new cookies going out with the page; a
   * form sent with the expired cookies still gives its report (nothing typed is lost).
   */
  @Test
  void anExpiredIdTokenIsRenewedAndAFormSentAfterwardsIsNotLost() throws InterruptedException {
    Map<String, String> erin = signIn("erin", List.of("allowed-users"), 3);
    Response fresh = given().cookies(erin).when().get("/calculator");
    assertThat(fresh.statusCode()).isEqualTo(200);
    assertThat(fresh.getCookie("q_session")).as("a valid ID token is not renewed").isNull();

    Response renewed = pageUntilExpired(erin);
    assertThat(renewed.statusCode()).isEqualTo(200);
    assertThat(renewed.getCookie("q_session")).isNotBlank().isNotEqualTo(erin.get("q_session"));
    assertThat(renewed.asString()).contains("Signed in as erin");

    Response sent = given().redirects().follow(false).cookies(erin).formParams(officeForm()).when()
        .post("/calculator/report");
    assertThat(sent.statusCode()).as(sent.asString()).isEqualTo(303);
    assertThat(sent.getCookie("q_session")).isNotBlank().isNotEqualTo(erin.get("q_session"));
    Map<String, String> next = new HashMap<>(erin);
    next.putAll(sent.getCookies());
    String report = given().cookies(next).when().get(URI.create(sent.header("Location")).getRawPath() + "?"
        + URI.create(sent.header("Location")).getRawQuery()).then().statusCode(200).extract().asString();
    assertThat(report).contains("Office after expiry");
  }

  /** A small calculator form: an office of 60 m³, 10 people, 1 infected. */
  private static Map<String, String> officeForm() {
    return Map.ofEntries(Map.entry("calculator_version", "4.19.0"),
        Map.entry("simulation_name", "Office after expiry"), Map.entry("room_number", "1"),
        Map.entry("volume_type", "room_volume_explicit"), Map.entry("room_volume", "60"),
        Map.entry("total_people", "10"), Map.entry("infected_people", "1"),
        Map.entry("location_name", "Geneva"), Map.entry("location_latitude", "46.2"),
        Map.entry("location_longitude", "6.14"), Map.entry("inside_temp", "293"), Map.entry("seed", "1"));
  }

  /** When the provider refuses the renewal (its SSO session is over), the expired session sends to the login. */
  @Test
  void anExpiredSessionWhoseRenewalIsRefusedSendsToTheLogin() throws InterruptedException {
    Map<String, String> frank = signIn("frank", List.of("allowed-users"), 3);
    given().cookies(frank).when().get("/calculator").then().statusCode(200);
    SessionProvider.refuseRenewals();
    try {
      Response refused = pageUntilExpired(frank);
      assertThat(refused.statusCode()).isEqualTo(302);
      assertThat(refused.header("Location")).isEqualTo("/auth/login?next=/calculator");
    } finally {
      SessionProvider.renewAgain();
    }
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
