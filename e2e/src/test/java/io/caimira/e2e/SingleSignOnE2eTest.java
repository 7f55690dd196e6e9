package io.caimira.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.webapp.browser.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on through the real router, a real Keycloak and our auth-service, in headless Chromium: who may
 * reach the CERN calculator, where the login sends the user back to, logout, forged cookies, the calculator's own
 * check of the session (the user's name, the profiler's admin role, also when reached without the router), renewed
 * and expired sessions, and the public parts (open calculator, API) without login.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnE2eTest {
  private static Topology topology;
  private Browser browser;

  @BeforeAll
  static void startTopology() throws Exception {
    topology = Topology.start();
  }

  @AfterAll
  static void stopTopology() {
    if (topology != null) {
      topology.close();
    }
  }

  @BeforeEach
  void newBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private WebDriver driver() {
    return browser.driver();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver(), Duration.ofSeconds(60));
  }

  /** Waits for an element; on timeout, says where the browser is and what it shows. */
  private void await(By element) {
    try {
      waiting().until(ExpectedConditions.presenceOfElementLocated(element));
    } catch (org.openqa.selenium.TimeoutException e) {
      String text = driver().findElement(By.tagName("body")).getText();
      throw new AssertionError("no " + element + " at " + driver().getCurrentUrl() + " (" + driver().getTitle()
          + "): " + text.substring(0, Math.min(500, text.length())), e);
    }
  }

  /** On Keycloak's login page: fills in the user and submits. */
  private void signIn(String user) {
    await(By.id("username"));
    assertThat(driver().getCurrentUrl()).contains("/realms/" + Topology.REALM + "/protocol/openid-connect/auth")
        .contains("code_challenge=").contains("nonce=").contains("state=");
    driver().findElement(By.id("username")).sendKeys(user);
    driver().findElement(By.id("password")).sendKeys(user + "-password");
    driver().findElement(By.id("kc-login")).click();
  }

  /**
   * Signs out as an old link or bookmark would start it: GET /auth/logout only asks for confirmation (the session
   * still holds), its button POSTs the sign-out.
   */
  private void signOut() {
    driver().get(topology.url("/auth/logout"));
    await(By.id("sign-out"));
    assertThat(driver().getCurrentUrl()).endsWith("/auth/logout");
    driver().findElement(By.id("sign-out")).click();
    waiting().until(SingleSignOnE2eTest::backHome);
  }

  /** True once the browser is back on our home page (after the SSO's end-session endpoint sent it there). */
  private static boolean backHome(WebDriver driver) {
    return driver.getCurrentUrl().startsWith(topology.url("/")) && "/".equals(URI.create(driver.getCurrentUrl())
        .getPath());
  }

  @Test
  void anAllowedUserIsSentToLoginAndBackToThePageFirstAskedFor() {
    driver().get(topology.url("/calculator-cern/?lang=en&x=1"));
    signIn("alice");
    await(By.id("covid_calculator"));
    assertThat(URI.create(driver().getCurrentUrl()).getPath()).startsWith("/calculator-cern");
    assertThat(URI.create(driver().getCurrentUrl()).getQuery()).isEqualTo("lang=en&x=1");
    // the calculator verified the session itself and names the user
    assertThat(driver().findElement(By.id("signed-in")).getText()).contains("Signed in as alice");

    // the header's sign-out button (a POST) ends the session: the calculator asks for a login again
    driver().findElement(By.id("sign-out")).click();
    waiting().until(SingleSignOnE2eTest::backHome);
    driver().get(topology.url("/calculator-cern/"));
    await(By.id("username"));
  }

  @Test
  void aSignedInUserWithoutTheRoleIsRefused() throws Exception {
    driver().get(topology.url("/calculator-cern/"));
    signIn("bob");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Access denied");
    assertThat(driver().findElements(By.id("covid_calculator"))).isEmpty();
    // the same request with the browser's session: refused with the status 403, not a page that only says so
    HttpResponse<String> refused = HttpClient.newHttpClient().send(throughRouter("/calculator-cern/", cookieHeader())
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Access denied").doesNotContain("covid_calculator");
  }

  /**
   * Behind the TLS-terminating route (which sends X-Forwarded-Proto), the calculator's redirects and the report's
   * short link keep the public scheme and the host asked for through the router, whatever X-Forwarded-Host a client
   * sends; and the router compresses the page.
   */
  @Test
  void theCalculatorsLinksKeepThePublicSchemeAndHostAndPagesAreCompressed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String[] route = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example"};
    String publicSite = topology.url("/").replaceFirst("^http://", "https://").replaceFirst("/$", "");
    HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(topology.url(
        "/calculator-open/baseline-model/result"))).headers(route).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(redirect.statusCode()).isEqualTo(302);
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(publicSite + "/calculator-open/report?");
    URI report = URI.create(location);
    HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(topology.url(report.getRawPath() + "?"
            + report.getRawQuery()))).headers(route).header("Accept-Encoding", "gzip").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"short-link\">" + publicSite + "/_c/").doesNotContain("evil.example");
  }

  /** The browser's cookies for this site, as a Cookie header. */
  private String cookieHeader() {
    return String.join("; ", driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .toList());
  }

  /** A GET straight to the CERN calculator's port (not through the router), with these headers. */
  private static HttpResponse<String> direct(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(topology.cernCalculatorUrl(path))).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void onlyAnAdminReachesTheProfiler() throws Exception {
    driver().get(topology.url("/profiler"));
    signIn("alice");
    await(By.tagName("h1"));
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Access denied");
    // the calculator itself refuses a valid non-admin session, even with the router's administrator header
    HttpResponse<String> forged = direct("/profiler", "Cookie", cookieHeader(), "X-Caimira-Admin", "true");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    HttpResponse<String> anonymous = direct("/profiler", "X-Caimira-Admin", "true");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/auth/login?next=/profiler");

    signOut();
    driver().get(topology.url("/profiler"));
    signIn("carol");
    await(By.tagName("h1"));
    assertThat(URI.create(driver().getCurrentUrl()).getPath()).isEqualTo("/profiler");
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Profiler");
    assertThat(driver().findElement(By.id("profiler-state")).getText()).isNotBlank();
    assertThat(driver().findElement(By.id("signed-in")).getText()).contains("carol");
    assertThat(direct("/profiler", "Cookie", cookieHeader()).statusCode()).isEqualTo(200);
  }

  @Test
  void anAbsoluteTargetAfterLoginIsIgnoredWhetherNextOrCookie() {
    driver().get(topology.url("/auth/login?next=https://evil.example/phish"));
    signIn("alice");
    waiting().until(d -> d.getCurrentUrl().startsWith(topology.url("/")) && !d.getCurrentUrl().contains("/auth/"));
    assertThat(URI.create(driver().getCurrentUrl()).getHost()).isEqualTo("127.0.0.1");

    // upstream's POST_AUTH_REDIRECT cookie (signed in now, the login passes at once): a relative one is honoured,
    // an absolute one ignored, and either is cleared
    driver().manage().addCookie(new Cookie("POST_AUTH_REDIRECT", "/calculator-open", "/"));
    driver().get(topology.url("/auth/login"));
    assertThat(driver().getCurrentUrl()).isEqualTo(topology.url("/calculator-open"));
    assertThat(driver().manage().getCookieNamed("POST_AUTH_REDIRECT")).isNull();
    driver().manage().addCookie(new Cookie("POST_AUTH_REDIRECT", "https://evil.example/phish", "/"));
    driver().get(topology.url("/auth/login"));
    assertThat(driver().getCurrentUrl()).isEqualTo(topology.url("/"));
    assertThat(driver().manage().getCookieNamed("POST_AUTH_REDIRECT")).isNull();
  }

  @Test
  void aForgedSessionCookieIsRefused() throws Exception {
    driver().get(topology.url("/calculator-open"));
    driver().manage().addCookie(new Cookie("q_session", "forged.session.value", "/"));
    driver().get(topology.url("/calculator-cern/"));
    await(By.id("username"));
    // and by the calculator itself, reached without the router
    HttpResponse<String> direct = direct("/calculator-cern/", "Cookie", "q_session=forged.session.value");
    assertThat(direct.statusCode()).isEqualTo(302);
    assertThat(direct.headers().firstValue("Location")).hasValue("/auth/login?next=/calculator-cern/");
  }

  /**
   * Keycloak itself refuses a code redeemed without the PKCE verifier of its authorization request (a code stolen
   * on its way back cannot be used without the verifier, which only the auth-service's encrypted state cookie holds).
   */
  @Test
  void aCodeRedeemedWithoutItsPkceVerifierIsRefusedByTheProvider() throws Exception {
    CodeFlowByHand flow = CodeFlowByHand.signIn(topology, "alice");
    Map<String, String> exchange = new LinkedHashMap<>();
    exchange.put("grant_type", "authorization_code");
    exchange.put("code", flow.callbackParameter("code"));
    exchange.put("redirect_uri", flow.redirectUri());
    exchange.put("client_id", Topology.CLIENT);
    exchange.put("client_secret", Topology.CLIENT_SECRET);
    HttpResponse<String> token = flow.send(HttpRequest.newBuilder(flow.tokenEndpoint())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(CodeFlowByHand.form(exchange))), new LinkedHashMap<>());
    assertThat(token.statusCode()).as("token endpoint without code_verifier: " + token.body()).isEqualTo(400);
    assertThat(token.body()).contains("invalid_grant").doesNotContain("access_token");
  }

  /**
   * A callback replayed with the state cookie it came with (an attacker who captured both) gives no second session:
   * the auth-service redeems the code again and Keycloak refuses a used code. The genuine callback, just before,
   * signs in (so the refusal is not an artefact of the hand-made flow).
   */
  @Test
  void aReplayedCallbackGivesNoSession() throws Exception {
    CodeFlowByHand flow = CodeFlowByHand.signIn(topology, "alice");
    Map<String, String> stateCookies = new LinkedHashMap<>(flow.routerCookies);
    HttpResponse<String> first = flow.callBack(flow.callback, stateCookies);
    assertThat(CodeFlowByHand.setsSession(first)).as("the genuine callback signs in (" + first.statusCode() + ")")
        .isTrue();
    assertRefused(flow.callBack(flow.callback, stateCookies));
  }

  /** A callback whose state is not the one of the browser's state cookie is refused, and so is one without it. */
  @Test
  void aCallbackWithAnotherStateOrNoStateCookieIsRefused() throws Exception {
    CodeFlowByHand flow = CodeFlowByHand.signIn(topology, "alice");
    URI forged = URI.create(flow.callback.toString().replaceAll("([?&]state=)[^&]+", "$1forged-state"));
    assertRefused(flow.callBack(forged, flow.routerCookies));
    assertRefused(flow.callBack(flow.callback, Map.of()));
  }

  /** No session cookie is set; the answer is an error, or a new sign-in at the provider. */
  private static void assertRefused(HttpResponse<String> response) {
    assertThat(CodeFlowByHand.setsSession(response)).as("a session cookie is set").isFalse();
    if (response.statusCode() == 302) {
      assertThat(response.headers().firstValue("Location").orElse("")).contains("/protocol/openid-connect/auth");
    } else {
      assertThat(response.statusCode()).isIn(400, 401, 403);
    }
  }

  /** {@code cookies} ("a=1; b=2") with those the response sets in their place (an emptied cookie is dropped). */
  private static String renewed(String cookies, HttpResponse<?> response) {
    Map<String, String> jar = new LinkedHashMap<>();
    for (String pair : cookies.split("; ")) {
      jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty()) {
        jar.remove(pair.substring(0, pair.indexOf('=')));
      } else {
        jar.put(pair.substring(0, pair.indexOf('=')), value);
      }
    }
    return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }

  /** A request through the router with these cookies. */
  private static HttpRequest.Builder throughRouter(String path, String cookies) {
    return HttpRequest.newBuilder(URI.create(topology.url(path))).header("Cookie", cookies);
  }

  /**
   * The session lasts as long as the SSO session, not as the ID token: within the SSO session an expired ID token is
   * renewed with the refresh token (by the calculator, whose answer carries the new cookies; the router's probe
   * renews it too, in its own sub-request), so that a calculator form sent after the ID token expired still gives
   * its report; once the SSO session is over, the renewal fails and the session is refused by the router and by
   * the calculator itself, and the browser must sign in again. Our client's tokens are made to live 10 s and the
   * realm's SSO sessions 45 s at most (the renewals keep it from going idle earlier); run last, as it changes the
   * realm, which it restores afterwards.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void anExpiredSessionIsRenewedWhileTheSsoSessionLastsThenRefused() throws Exception {
    KeycloakAdmin keycloak = new KeycloakAdmin(topology);
    KeycloakAdmin.SsoSession realmTimes = keycloak.ssoSession();
    keycloak.clientTokenLifespan(10);
    keycloak.ssoSession(new KeycloakAdmin.SsoSession(45, 45));
    try {
      driver().get(topology.url("/calculator-cern/?lang=en"));
      signIn("alice");
      await(By.id("covid_calculator"));
      String signedIn = cookieHeader();
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest page = throughRouter("/calculator-cern/", signedIn).GET().build();

      // (a) poll until the ID token has expired (at most 60 s): the page is still served, with renewed cookies
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      HttpResponse<String> router = http.send(page, HttpResponse.BodyHandlers.ofString());
      while (router.statusCode() == 200 && router.headers().allValues("Set-Cookie").stream()
          .noneMatch(c -> c.startsWith("q_session=")) && System.nanoTime() < deadline) {
        Thread.sleep(500);
        router = http.send(page, HttpResponse.BodyHandlers.ofString());
      }
      assertThat(router.statusCode()).as("the page after the ID token expired").isEqualTo(200);
      assertThat(router.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("q_session="));
      // a form sent with the expired ID token: its report, nothing lost
      HttpResponse<String> sent = http.send(throughRouter("/calculator-cern/report", signedIn)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("calculator_version=4.19.0&simulation_name=After+expiry"
              + "&room_number=1&volume_type=room_volume_explicit&room_volume=60&total_people=10&infected_people=1"
              + "&location_name=Geneva&location_latitude=46.2&location_longitude=6.14&inside_temp=293&seed=1"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
      assertThat(sent.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("q_session="));
      String renewedSession = renewed(signedIn, sent);
      URI reportLink = URI.create(sent.headers().firstValue("Location").orElseThrow());
      assertThat(reportLink.getPath()).isEqualTo("/calculator-cern/report");
      HttpResponse<String> report = http.send(throughRouter(reportLink.getRawPath() + "?"
              + reportLink.getRawQuery(), renewedSession).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body()).contains("After expiry").contains("Signed in as alice");

      // (b) poll until the SSO session is over (at most 90 s): the router then sends to the login
      HttpRequest later = throughRouter("/calculator-cern/", renewedSession).GET().build();
      deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      router = http.send(later, HttpResponse.BodyHandlers.ofString());
      while (router.statusCode() == 200 && System.nanoTime() < deadline) {
        Thread.sleep(500);
        router = http.send(later, HttpResponse.BodyHandlers.ofString());
      }
      assertThat(router.statusCode()).isEqualTo(302);
      assertThat(router.headers().firstValue("Location")).hasValue("/auth/login?next=/calculator-cern/");
      HttpResponse<String> direct = direct("/calculator-cern/", "Cookie", renewedSession);
      assertThat(direct.statusCode()).isEqualTo(302);
      assertThat(direct.headers().firstValue("Location")).hasValue("/auth/login?next=/calculator-cern/");
      // and the browser, its SSO session over too, is asked to sign in again
      driver().get(topology.url("/calculator-cern/"));
      await(By.id("username"));
    } finally {
      keycloak.clientTokenLifespan(null);
      keycloak.ssoSession(realmTimes);
    }
  }

  @Test
  void theOpenCalculatorAndTheApiNeedNoLogin() throws Exception {
    driver().get(topology.url("/calculator-open"));
    await(By.id("covid_calculator"));
    HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(topology.url("/api/virus/report")))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
            "{\"calculator_version\": \"4.19.0\", \"simulation_name\": \"e2e\", \"room_number\": \"1\", "
                + "\"location_name\": \"Geneva\", \"location_latitude\": 46.2, \"location_longitude\": 6.14, "
                + "\"inside_temp\": \"293.\", \"volume_type\": \"room_volume_explicit\", \"room_volume\": \"60\", "
                + "\"total_people\": \"10\", \"infected_people\": \"1\", \"seed\": 1}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("\"status\":\"success\"");
    // /calculator goes to the CERN calculator, which asks for a login
    driver().get(topology.url("/calculator?lang=fr"));
    await(By.id("username"));
  }
}
