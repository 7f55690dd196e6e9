package io.caimira.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The login round trip against a real OIDC provider on loopback, driven like a browser (cookies kept, redirects
 * followed by hand): the authorization request carries state, nonce and PKCE; the session probe answers 401 / 403 /
 * 200; the user comes back to the page first asked for; an absolute target is ignored.
 */
@QuarkusTest
@QuarkusTestResource(value = MockProvider.class, restrictToAnnotatedClass = true)
class LoginFlowTest {

  /** Logs in as {@code user} with {@code roles}, starting at /auth/login?next=...; answers the session cookies. */
  private static Map<String, String> login(String user, List<String> roles, String next, String[] finalLocation) {
    return login(user, roles, 3600, next, finalLocation);
  }

  /** {@link #login(String, List, String, String[])} with tokens valid for {@code seconds}. */
  private static Map<String, String> login(String user, List<String> roles, long seconds, String next,
      String[] finalLocation) {
    SignIn signIn = SignIn.as(user, roles, seconds, "/auth/login?next=" + next, Map.of());
    finalLocation[0] = signIn.location();
    return signIn.cookies();
  }

  @Test
  void anonymousProbeIs401() {
    given().when().get("/auth/probe").then().statusCode(401).header("Cache-Control", org.hamcrest.Matchers
        .containsString("no-cache"));
  }

  @Test
  void userWithTheRequiredRoleComesBackToThePageAndPasses() {
    String[] location = new String[1];
    Map<String, String> session = login("alice", List.of("allowed-users"), "/calculator-cern/report?c=abc&lang=fr",
        location);
    assertThat(URI.create(location[0]).getPath()).isEqualTo("/calculator-cern/report");
    assertThat(URI.create(location[0]).getQuery()).isEqualTo("c=abc&lang=fr");
    given().cookies(session).when().get("/auth/probe").then().statusCode(200).header("X-Caimira-User", "alice");
    given().cookies(session).queryParam("role", "admin").when().get("/auth/probe").then().statusCode(403);
  }

  @Test
  void userWithoutTheRoleIs403AndAdminPassesTheAdminProbe() {
    String[] location = new String[1];
    Map<String, String> outsider = login("bob", List.of("external-users"), "/calculator-cern", location);
    given().cookies(outsider).when().get("/auth/probe").then().statusCode(403);
    Map<String, String> admin = login("carol", List.of("allowed-users", "admin"), "/profiler", location);
    given().cookies(admin).queryParam("role", "admin").when().get("/auth/probe").then().statusCode(200);
  }

  @Test
  void anAbsoluteTargetIsIgnored() {
    String[] location = new String[1];
    login("dave", List.of("allowed-users"), "https://evil.example/phish", location);
    assertThat(URI.create(location[0]).getPath()).isEqualTo("/");
    assertThat(URI.create(location[0]).getHost()).isIn(null, "localhost");
  }

  /**
   * Probes with {@code session} every 250 ms until the answer renews the session cookie or is no longer 200 (at
   * most 30 s): the ID token of a three-second login has then expired.
   */
  private static Response probeUntilExpired(Map<String, String> session) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Response r = given().cookies(session).when().get("/auth/probe");
    while (r.statusCode() == 200 && r.getCookie("q_session") == null && System.nanoTime() < deadline) {
      Thread.sleep(250);
      r = given().cookies(session).when().get("/auth/probe");
    }
    return r;
  }

  /**
   * An expired ID token is renewed with the session's refresh token: the probe still answers 200 and sets new
   * session cookies, which pass the probe in turn.
   */
  @Test
  void anExpiredIdTokenIsRenewedWithTheRefreshToken() throws InterruptedException {
    String[] location = new String[1];
    Map<String, String> session = login("erin", List.of("allowed-users"), 3, "/calculator-cern", location);
    assertThat(session).containsKey("q_session_rt");
    Response probe = given().cookies(session).when().get("/auth/probe");
    assertThat(probe.statusCode()).isEqualTo(200);
    assertThat(probe.getCookie("q_session")).as("a valid ID token is not renewed").isNull();

    Response renewed = probeUntilExpired(session);
    assertThat(renewed.statusCode()).isEqualTo(200);
    assertThat(renewed.header("X-Caimira-User")).isEqualTo("erin");
    assertThat(renewed.getCookie("q_session")).isNotBlank().isNotEqualTo(session.get("q_session"));
    Map<String, String> next = new HashMap<>(session);
    next.putAll(renewed.getCookies());
    given().cookies(next).when().get("/auth/probe").then().statusCode(200).header("X-Caimira-User", "erin");
  }

  /**
   * A session whose ID token has expired and whose renewal the provider refuses (its SSO session is over) is
   * refused: 401, the router then sends the user to the login.
   */
  @Test
  void anExpiredSessionWhoseRenewalIsRefusedIsRefused() throws InterruptedException {
    String[] location = new String[1];
    Map<String, String> session = login("frank", List.of("allowed-users"), 3, "/calculator-cern", location);
    given().cookies(session).when().get("/auth/probe").then().statusCode(200);
    MockProvider.refuseRenewals();
    try {
      Response refused = probeUntilExpired(session);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.getCookie("q_session")).as("no renewed session").isNullOrEmpty();
    } finally {
      MockProvider.renewAgain();
    }
  }

  @Test
  void aForgedSessionCookieIsRefused() {
    given().cookie("q_session", "forged.value.here").when().get("/auth/probe").then().statusCode(401);
  }
}
