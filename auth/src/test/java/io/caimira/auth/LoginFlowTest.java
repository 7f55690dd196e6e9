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
@QuarkusTestResource(MockProvider.class)
class LoginFlowTest {

  /** Logs in as {@code user} with {@code roles}, starting at /auth/login?next=...; answers the session cookies. */
  private static Map<String, String> login(String user, List<String> roles, String next, String[] finalLocation) {
    return login(user, roles, 3600, next, finalLocation);
  }

  /** {@link #login(String, List, String, String[])} with tokens valid for {@code seconds}. */
  private static Map<String, String> login(String user, List<String> roles, long seconds, String next,
      String[] finalLocation) {
    MockProvider.nextLogin(user, roles, seconds);
    Map<String, String> cookies = new HashMap<>();
    // as the router sends it: the page asked for, unencoded, as the last parameter
    Response r = given().urlEncodingEnabled(false).redirects().follow(false).when().get("/auth/login?next=" + next);
    assertThat(r.statusCode()).isEqualTo(302);
    cookies.putAll(r.getCookies());
    String authorize = r.header("Location");
    assertThat(authorize).contains("state=").contains("nonce=").contains("code_challenge=")
        .contains("code_challenge_method=S256").contains("redirect_uri=");
    // the provider (non-interactive) answers with the code at our redirect URI
    Response provider = given().urlEncodingEnabled(false).redirects().follow(false).when().get(authorize);
    assertThat(provider.statusCode()).as(authorize + " -> " + provider.asString()).isEqualTo(302);
    URI callback = URI.create(provider.header("Location"));
    assertThat(callback.getPath()).isEqualTo("/auth/authorize");
    Response back = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies)
        .when().get(callback.getRawPath() + "?" + callback.getRawQuery());
    assertThat(back.statusCode()).isEqualTo(302);
    cookies.putAll(back.getCookies());
    String location = back.header("Location");
    // quarkus-oidc returns to the login route, which sends the user on
    Response done = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).when().get(URI.create(location).getRawPath()
        + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
    assertThat(done.statusCode()).isIn(302, 303);
    cookies.putAll(done.getCookies());
    finalLocation[0] = done.header("Location");
    return cookies;
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
   * A session whose ID token has expired is refused, not refreshed (the session keeps a refresh token, but the
   * service does not use it: the user signs in again, which the SSO answers at once while its own session lasts).
   */
  @Test
  void anExpiredSessionIsRefused() throws InterruptedException {
    String[] location = new String[1];
    Map<String, String> session = login("erin", List.of("allowed-users"), 3, "/calculator-cern", location);
    assertThat(session).containsKey("q_session_rt");
    given().cookies(session).when().get("/auth/probe").then().statusCode(200);
    // the tokens expire three seconds after they were issued: poll the probe until then (at most 30 s)
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    int status = 200;
    while (status == 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      status = given().cookies(session).when().get("/auth/probe").statusCode();
    }
    assertThat(status).isEqualTo(401);
  }

  @Test
  void aForgedSessionCookieIsRefused() {
    given().cookie("q_session", "forged.value.here").when().get("/auth/probe").then().statusCode(401);
  }
}
