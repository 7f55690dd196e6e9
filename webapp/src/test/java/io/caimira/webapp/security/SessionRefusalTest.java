package io.caimira.webapp.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.auth.testing.SessionCookies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The calculator's own session check refuses what the auth-service refuses (see the auth module's
 * SignInRefusalTest): a session cookie encrypted with another COOKIE_SECRET, a cookie holding a forged ID token
 * (another key with the provider's key id, {@code alg=none}, another issuer or audience; encrypted with the right
 * secret, as someone who knows it could), and an expired session without a usable refresh token. Refused: the
 * calculator page sends to the login, sets no session cookie and names nobody. Each next to a control that the
 * same handling of a genuine cookie passes.
 */
@QuarkusTest
@TestProfile(SessionVerifyingDeployment.class)
class SessionRefusalTest {
  private static final String SECRET = SessionVerifyingDeployment.COOKIE_SECRET;
  private static final String OTHER_SECRET = "another deployment's cookie secret, 48 characters";

  /** Asks for the calculator page with these cookies; answers its status after checking what a refusal must be. */
  private static int page(Map<String, String> cookies, String why) {
    Response r = given().redirects().follow(false).cookies(cookies).when().get("/calculator?lang=en");
    assertThat(r.headers().getValues("Set-Cookie")).as(why)
        .noneMatch(c -> c.startsWith("q_session") && !c.contains("=;"));
    if (r.statusCode() != 200) {
      assertThat(r.statusCode()).as(why).isEqualTo(302);
      assertThat(r.header("Location")).as(why).isEqualTo("/auth/login?next=/calculator?lang=en");
      assertThat(r.asString()).as(why).doesNotContain("Signed in as");
    }
    return r.statusCode();
  }

  @Test
  void aSessionCookieEncryptedWithAnotherSecretIsRefused() {
    Map<String, String> alice = SessionVerificationTest.signIn("alice", List.of("allowed-users"));
    Map<String, String> same = new HashMap<>(alice);
    same.put("q_session", SessionCookies.reencrypted(alice.get("q_session"), SECRET, SECRET));
    assertThat(page(same, "encrypted again with the same secret")).isEqualTo(200);

    Map<String, String> other = new HashMap<>(alice);
    other.put("q_session", SessionCookies.reencrypted(alice.get("q_session"), SECRET, OTHER_SECRET));
    assertThat(page(other, "another secret, genuine refresh token")).isEqualTo(302);
    other.put("q_session_rt", SessionCookies.reencrypted(alice.get("q_session_rt"), SECRET, OTHER_SECRET));
    assertThat(page(other, "both cookies of another secret")).isEqualTo(302);
  }

  @Test
  void aSessionCookieHoldingAForgedIdTokenIsRefused() {
    String cookie = SessionVerificationTest.signIn("bob", List.of("allowed-users")).get("q_session");
    Map<String, Object> claims = SessionCookies.claims(SessionCookies.idToken(cookie, SECRET));
    // only the ID token's cookie: no refresh token that could renew the session
    assertThat(page(Map.of("q_session", SessionCookies.withIdToken(cookie, SECRET,
        t -> SessionProvider.provider().signed(claims))), "signed again by the provider")).isEqualTo(200);

    assertThat(page(Map.of("q_session", SessionCookies.withIdToken(cookie, SECRET,
        SessionCookies::signedWithAnotherKey)), "another key")).isEqualTo(302);
    assertThat(page(Map.of("q_session", SessionCookies.withIdToken(cookie, SECRET,
        t -> SessionCookies.unsigned(claims))), "alg=none")).isEqualTo(302);
    Map<String, Object> otherIssuer = new HashMap<>(claims);
    otherIssuer.put("iss", "https://evil.example/realms/caimira");
    assertThat(page(Map.of("q_session", SessionCookies.withIdToken(cookie, SECRET,
        t -> SessionProvider.provider().signed(otherIssuer))), "another issuer")).isEqualTo(302);
    Map<String, Object> otherAudience = new HashMap<>(claims);
    otherAudience.put("aud", List.of("another-client"));
    assertThat(page(Map.of("q_session", SessionCookies.withIdToken(cookie, SECRET,
        t -> SessionProvider.provider().signed(otherAudience))), "another audience")).isEqualTo(302);
  }

  /**
   * The ID token of a three-second sign-in, once expired, passes only with the genuine refresh token (renewed);
   * without it, or with a refresh-token cookie of another secret, the page sends to the login. (A renewal the
   * provider refuses: SessionVerificationTest.anExpiredSessionWhoseRenewalIsRefusedSendsToTheLogin.)
   */
  @Test
  void anExpiredSessionWithoutAUsableRefreshTokenIsRefused() throws InterruptedException {
    Map<String, String> carol = SessionVerificationTest.signIn("carol", List.of("allowed-users"), 3);
    Map<String, String> idOnly = Map.of("q_session", carol.get("q_session"));
    assertThat(page(idOnly, "fresh")).isEqualTo(200);
    long exp = ((Number) SessionCookies.claims(SessionCookies.idToken(carol.get("q_session"), SECRET)).get("exp"))
        .longValue();
    long wait = exp * 1000 - System.currentTimeMillis() + 1500;
    assertThat(wait).isLessThan(TimeUnit.SECONDS.toMillis(10));
    Thread.sleep(Math.max(0, wait));

    assertThat(page(idOnly, "expired, no refresh token")).isEqualTo(302);
    Map<String, String> otherRefresh = new HashMap<>(carol);
    otherRefresh.put("q_session_rt", SessionCookies.reencrypted(carol.get("q_session_rt"), SECRET, OTHER_SECRET));
    assertThat(page(otherRefresh, "expired, refresh token of another secret")).isEqualTo(302);
    Response renewed = given().redirects().follow(false).cookies(carol).when().get("/calculator");
    assertThat(renewed.statusCode()).as("expired, genuine refresh token").isEqualTo(200);
    assertThat(renewed.getCookie("q_session")).as("renewed").isNotBlank();
  }

  /** The calculator has no sign-out of its own: no method of /auth/logout (the auth-service's) ends a session here. */
  @Test
  void noMethodSignsOutAtTheCalculator() {
    Map<String, String> dan = SessionVerificationTest.signIn("dan", List.of("allowed-users"));
    for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
      Response r = given().redirects().follow(false).cookies(dan).header("Origin", "https://evil.example").when()
          .request(method, "/auth/logout");
      assertThat(r.headers().getValues("Set-Cookie")).as(method).noneMatch(c -> c.startsWith("q_session"));
      assertThat(r.statusCode()).as(method).isNotIn(200, 302, 303);
    }
    assertThat(page(dan, "still signed in")).isEqualTo(200);
  }
}
