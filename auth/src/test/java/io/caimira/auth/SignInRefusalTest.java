package io.caimira.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.caimira.auth.testing.OidcTestProvider;
import io.caimira.auth.testing.SessionCookies;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The sign-in's refusals, driven like a browser against the real OIDC provider on loopback (mock-oauth2-server,
 * which consumes each code once and checks PKCE as Keycloak does) through quarkus-oidc's own code path: a callback
 * whose state does not match the browser's state cookie, a replayed authorization code, a code redeemed with
 * another browser's PKCE verifier, and ID tokens the provider would never issue (another nonce, issuer or
 * audience, expired, {@code alg=none}, signed with another key or with HMAC) given as the token endpoint's answer.
 * Each refusal: the callback is a 401, no session cookie is set, and the session probe stays 401. A control sign-in
 * through the same path with a correct token shows that the harness itself can succeed. Then the session cookies:
 * one encrypted with another COOKIE_SECRET, one holding a forged ID token (encrypted with the right secret, as
 * someone who knows it could), and expired sessions without a usable refresh token are all refused by the probe;
 * each next to a control that the same handling of a genuine cookie passes.
 */
@QuarkusTest
@QuarkusTestResource(value = MockProvider.class, restrictToAnnotatedClass = true)
class SignInRefusalTest {

  /** A login started by a browser: its cookies (the state cookie), the authorization request's parameters. */
  record Started(Map<String, String> cookies, String authorize, String state, String nonce) {
    static Started login() {
      Map<String, String> cookies = new HashMap<>();
      Response r = SignIn.get("/auth/login?next=/calculator-cern", cookies);
      assertThat(r.statusCode()).isEqualTo(302);
      cookies.putAll(r.getCookies());
      String authorize = r.header("Location");
      return new Started(cookies, authorize, param(authorize, "state"), param(authorize, "nonce"));
    }

    /** The provider's answer to the authorization request (no interaction): the callback's code. */
    String code() {
      Response provider = given().urlEncodingEnabled(false).redirects().follow(false).when().get(authorize);
      assertThat(provider.statusCode()).isEqualTo(302);
      String callback = provider.header("Location");
      assertThat(param(callback, "state")).isEqualTo(state);
      return param(callback, "code");
    }

    /** The callback as the provider would send the browser to it, with this code and state. */
    Response callback(String code, String withState) {
      return callback(code, withState, cookies);
    }

    static Response callback(String code, String withState, Map<String, String> cookies) {
      return SignIn.get("/auth/authorize?code=" + code + "&state=" + withState, cookies);
    }
  }

  private static String param(String url, String name) {
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(name + " not in " + url);
  }

  /**
   * A refused callback: no session cookie among those it sets, the browser then has no session, and the answer is
   * a 401 or (where {@code restarts}) a new login: a redirect to the provider with a new state.
   */
  private static void assertRefused(Response callback, Map<String, String> browser, String why) {
    assertRefused(callback, browser, why, false);
  }

  private static void assertRefused(Response callback, Map<String, String> browser, String why,
      boolean restarts) {
    Map<String, String> after = new HashMap<>(browser);
    SignIn.keep(after, callback);
    Response probeAnswer = given().cookies(after).when().get("/auth/probe");
    int probe = probeAnswer.statusCode();
    String seen = why + ": " + callback.statusCode() + " to " + callback.header("Location") + ", probe " + probe
        + " " + probeAnswer.header("X-Caimira-User")
        + ", " + callback.headers().getValues("Set-Cookie");
    assertThat(callback.headers().getValues("Set-Cookie")).as(seen)
        .noneMatch(c -> c.startsWith("q_session=") && !c.startsWith("q_session=;"))
        .noneMatch(c -> c.startsWith("q_session_rt=") && !c.startsWith("q_session_rt=;"));
    assertThat(probe).as(seen).isEqualTo(401);
    if (restarts && callback.statusCode() == 302) {
      assertThat(callback.header("Location")).as(seen).startsWith(MockProvider.issuerUrl() + "/authorize?")
          .contains("state=");
    } else {
      assertThat(callback.statusCode()).as(seen).isEqualTo(401);
    }
  }

  /** A signed-in callback: a redirect, a session cookie, and the probe lets the user through. */
  private static void assertSignedIn(Response callback, Map<String, String> browser, String user) {
    assertThat(callback.statusCode()).as(callback.asString()).isEqualTo(302);
    assertThat(callback.getCookie("q_session")).isNotBlank();
    Map<String, String> after = new HashMap<>(browser);
    SignIn.keep(after, callback);
    given().cookies(after).when().get("/auth/probe").then().statusCode(200).header("X-Caimira-User", user);
  }

  // ---- state (no sign-in is told to the provider where the exchange is refused: it would be left for the next)

  @Test
  void aCallbackWhoseStateDoesNotMatchTheStateCookieIsRefused() {
    Started victim = Started.login();
    String code = victim.code();
    assertRefused(victim.callback(code, "not-" + victim.state()), victim.cookies(), "another state", true);
    // login CSRF: the attacker's own code and state, delivered to the victim's browser (it holds its own state)
    Started attacker = Started.login();
    String attackerCode = attacker.code();
    assertRefused(victim.callback(attackerCode, attacker.state()), victim.cookies(), "the attacker's state", true);
    // a browser that never started a login (no state cookie)
    assertRefused(Started.callback(attackerCode, attacker.state(), Map.of()), Map.of(), "no state cookie", true);
  }

  // ---- replayed code

  @Test
  void aReplayedAuthorizationCodeIsRefused() {
    MockProvider.nextLogin("bob", List.of("allowed-users"));
    Started browser = Started.login();
    String code = browser.code();
    Response first = browser.callback(code, browser.state());
    assertSignedIn(first, browser.cookies(), "bob");
    // the same callback again, with the state cookie the browser had (back button, or a copied request): the
    // provider refuses the used code
    assertRefused(browser.callback(code, browser.state()), browser.cookies(), "the same callback again");
    // the leaked callback URL in another browser: no state cookie there
    assertRefused(Started.callback(code, browser.state(), Map.of()), Map.of(), "the callback in another browser",
        true);
  }

  // ---- PKCE

  @Test
  void aCodeRedeemedWithAnotherVerifierIsRefused() {
    // a stolen code injected into the attacker's own login: quarkus-oidc sends the attacker's verifier
    Started victim = Started.login();
    String stolen = victim.code();
    Started attacker = Started.login();
    assertRefused(attacker.callback(stolen, attacker.state()), attacker.cookies(), "another verifier");
  }

  // ---- ID tokens the provider would never issue

  private static Map<String, Object> claims(Started login, String user) {
    long now = System.currentTimeMillis() / 1000;
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", MockProvider.issuerUrl());
    claims.put("aud", List.of(MockProvider.CLIENT));
    claims.put("sub", user);
    claims.put("preferred_username", user);
    claims.put("iat", now);
    claims.put("exp", now + 3600);
    claims.put("nonce", login.nonce());
    claims.put("resource_access", Map.of(MockProvider.CLIENT, Map.of("roles", List.of("allowed-users"))));
    return claims;
  }

  /** A login whose code exchange the provider answers with this ID token (made from the login's nonce). */
  private static Response signInWith(Started login, String idToken) {
    String code = login.code();
    MockProvider.provider().answerNextCodeExchangeWith(idToken);
    return login.callback(code, login.state());
  }

  private static OidcTestProvider provider() {
    return MockProvider.provider();
  }

  @Test
  void aCorrectIdTokenGivenTheSameWaySignsIn() {
    Started login = Started.login();
    assertSignedIn(signInWith(login, provider().signed(claims(login, "dave"))), login.cookies(), "dave");
  }

  @Test
  void anIdTokenWithAnotherNonceOrNoneIsRefused() {
    Started login = Started.login();
    Map<String, Object> claims = claims(login, "erin");
    claims.put("nonce", "another-nonce");
    assertRefused(signInWith(login, provider().signed(claims)), login.cookies(), "another nonce");
    // the nonce of another login of the same browser (an old token replayed)
    Started old = Started.login();
    Started login2 = Started.login();
    Map<String, Object> oldClaims = claims(old, "erin");
    assertRefused(signInWith(login2, provider().signed(oldClaims)), login2.cookies(), "an older login's nonce");
    Started login3 = Started.login();
    Map<String, Object> none = claims(login3, "erin");
    none.remove("nonce");
    assertRefused(signInWith(login3, provider().signed(none)), login3.cookies(), "no nonce");
  }

  @Test
  void anIdTokenOfAnotherIssuerOrAudienceIsRefused() {
    Started login = Started.login();
    Map<String, Object> claims = claims(login, "frank");
    claims.put("iss", "https://evil.example/realms/caimira");
    assertRefused(signInWith(login, provider().signed(claims)), login.cookies(), "another issuer");

    Started login2 = Started.login();
    Map<String, Object> otherAudience = claims(login2, "frank");
    otherAudience.put("aud", List.of("another-client"));
    assertRefused(signInWith(login2, provider().signed(otherAudience)), login2.cookies(), "another audience");

    Started login3 = Started.login();
    Map<String, Object> noAudience = claims(login3, "frank");
    noAudience.remove("aud");
    assertRefused(signInWith(login3, provider().signed(noAudience)), login3.cookies(), "no audience");
  }

  @Test
  void anExpiredIdTokenIsRefusedAtSignIn() {
    Started login = Started.login();
    Map<String, Object> claims = claims(login, "grace");
    long longAgo = System.currentTimeMillis() / 1000 - 7200;
    claims.put("iat", longAgo);
    claims.put("exp", longAgo + 600);
    assertRefused(signInWith(login, provider().signed(claims)), login.cookies(), "expired an hour ago");
  }

  @Test
  void anUnsignedIdTokenIsRefused() throws Exception {
    Started login = Started.login();
    String unsigned = new PlainJWT(JWTClaimsSet.parse(claims(login, "heidi"))).serialize();
    assertThat(unsigned).endsWith(".");
    assertRefused(signInWith(login, unsigned), login.cookies(), "alg=none");
    // the provider's genuine signature cut off, the header saying none
    Started login2 = Started.login();
    String genuine = provider().signed(claims(login2, "heidi"));
    String stripped = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + genuine.split("\\.")[1] + ".";
    assertRefused(signInWith(login2, stripped), login2.cookies(), "alg=none on a genuine payload");
  }

  @Test
  void anIdTokenSignedWithAnotherKeyIsRefused() throws Exception {
    Started login = Started.login();
    String kid = SignedJWT.parse(provider().signed(claims(login, "ivan"))).getHeader().getKeyID();
    // another RSA key that claims the provider's key id
    RSAKey foreign = new RSAKeyGenerator(2048).keyID(kid).generate();
    SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT)
        .build(), JWTClaimsSet.parse(claims(login, "ivan")));
    forged.sign(new RSASSASigner(foreign));
    assertRefused(signInWith(login, forged.serialize()), login.cookies(), "another RSA key");

    // HMAC with what an attacker might know or guess: the client secret, the provider's public key
    String secret = ConfigProvider.getConfig().getValue("CLIENT_SECRET", String.class);
    Started login2 = Started.login();
    assertRefused(signInWith(login2, hs256(claims(login2, "ivan"), secret.getBytes(StandardCharsets.UTF_8), kid)),
        login2.cookies(), "HS256 with the client secret");
    String jwks = given().when().get(MockProvider.issuerUrl() + "/jwks").then().statusCode(200).extract().asString();
    Started login3 = Started.login();
    assertRefused(signInWith(login3, hs256(claims(login3, "ivan"), jwks.getBytes(StandardCharsets.UTF_8), kid)),
        login3.cookies(), "HS256 with the public key set");
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** An HS256 JWT of these claims with this key (any length: nimbus' MACSigner would want 256 bits). */
  private static String hs256(Map<String, Object> claims, byte[] key, String kid) throws Exception {
    String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}") + "."
        + b64(JWTClaimsSet.parse(claims).toString());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return input + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }

  // ---- session cookies

  private static final String OTHER_SECRET = "another deployment's cookie secret, 48 characters";

  private static String cookieSecret() {
    return ConfigProvider.getConfig().getValue("COOKIE_SECRET", String.class);
  }

  /** The probe with these cookies: its status, and that it sets no session cookie. */
  private static int probe(Map<String, String> cookies, String why) {
    Response r = given().cookies(cookies).when().get("/auth/probe");
    assertThat(r.headers().getValues("Set-Cookie")).as(why)
        .noneMatch(c -> c.startsWith("q_session") && !c.contains("=;"));
    return r.statusCode();
  }

  @Test
  void aSessionCookieEncryptedWithAnotherSecretIsRefused() {
    Map<String, String> alice = SignIn.as("alice", List.of("allowed-users"), "/calculator-cern").cookies();
    String secret = cookieSecret();
    Map<String, String> same = new HashMap<>(alice);
    same.put("q_session", SessionCookies.reencrypted(alice.get("q_session"), secret, secret));
    assertThat(probe(same, "encrypted again with the same secret")).isEqualTo(200);

    Map<String, String> other = new HashMap<>(alice);
    other.put("q_session", SessionCookies.reencrypted(alice.get("q_session"), secret, OTHER_SECRET));
    assertThat(probe(other, "another secret, genuine refresh token")).isEqualTo(401);
    other.put("q_session_rt", SessionCookies.reencrypted(alice.get("q_session_rt"), secret, OTHER_SECRET));
    assertThat(probe(other, "both cookies of another secret")).isEqualTo(401);
  }

  @Test
  void aSessionCookieHoldingAForgedIdTokenIsRefused() {
    Map<String, String> bob = SignIn.as("bob", List.of("allowed-users"), "/calculator-cern").cookies();
    String secret = cookieSecret();
    String cookie = bob.get("q_session");
    Map<String, Object> claims = SessionCookies.claims(SessionCookies.idToken(cookie, secret));
    // only the ID token's cookie: no refresh token that could renew the session
    assertThat(probe(Map.of("q_session", SessionCookies.withIdToken(cookie, secret,
        t -> provider().signed(claims))), "signed again by the provider")).isEqualTo(200);

    assertThat(probe(Map.of("q_session", SessionCookies.withIdToken(cookie, secret,
        SessionCookies::signedWithAnotherKey)), "another key")).isEqualTo(401);
    assertThat(probe(Map.of("q_session", SessionCookies.withIdToken(cookie, secret,
        t -> SessionCookies.unsigned(claims))), "alg=none")).isEqualTo(401);
    Map<String, Object> otherIssuer = new HashMap<>(claims);
    otherIssuer.put("iss", "https://evil.example/realms/caimira");
    assertThat(probe(Map.of("q_session", SessionCookies.withIdToken(cookie, secret,
        t -> provider().signed(otherIssuer))), "another issuer")).isEqualTo(401);
    Map<String, Object> otherAudience = new HashMap<>(claims);
    otherAudience.put("aud", List.of("another-client"));
    assertThat(probe(Map.of("q_session", SessionCookies.withIdToken(cookie, secret,
        t -> provider().signed(otherAudience))), "another audience")).isEqualTo(401);
  }

  /**
   * An expired session: the ID token of a three-second sign-in, once expired, passes only with the genuine refresh
   * token (renewed); without it, or with a refresh-token cookie of another secret, it is refused. (A renewal the
   * provider refuses: LoginFlowTest.anExpiredSessionWhoseRenewalIsRefusedIsRefused.)
   */
  @Test
  void anExpiredSessionWithoutAUsableRefreshTokenIsRefused() throws InterruptedException {
    Map<String, String> carol = SignIn.as("carol", List.of("allowed-users"), 3, "/auth/login?next=/calculator-cern",
        Map.of()).cookies();
    String secret = cookieSecret();
    Map<String, String> idOnly = Map.of("q_session", carol.get("q_session"));
    assertThat(probe(idOnly, "fresh")).isEqualTo(200);
    long exp = ((Number) SessionCookies.claims(SessionCookies.idToken(carol.get("q_session"), secret)).get("exp"))
        .longValue();
    long wait = exp * 1000 - System.currentTimeMillis() + 1500;
    assertThat(wait).isLessThan(TimeUnit.SECONDS.toMillis(10));
    Thread.sleep(Math.max(0, wait));

    assertThat(probe(idOnly, "expired, no refresh token")).isEqualTo(401);
    Map<String, String> otherRefresh = new HashMap<>(carol);
    otherRefresh.put("q_session_rt", SessionCookies.reencrypted(carol.get("q_session_rt"), secret, OTHER_SECRET));
    assertThat(probe(otherRefresh, "expired, refresh token of another secret")).isEqualTo(401);
    Response renewed = given().cookies(carol).when().get("/auth/probe");
    assertThat(renewed.statusCode()).as("expired, genuine refresh token").isEqualTo(200);
    assertThat(renewed.getCookie("q_session")).as("renewed").isNotBlank();
  }
}
