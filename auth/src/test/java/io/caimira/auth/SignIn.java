package io.caimira.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sign-in at the auth-service against {@link MockProvider}, driven like a browser (cookies kept, redirects
 * followed by hand): the login route, the provider (non-interactive), the callback /auth/authorize, the login route
 * again, which sends the user on.
 *
 * @param cookies the cookies the browser holds at the end (with those it was given at the start)
 * @param location where the login finally sends the browser
 * @param stateCookies the Set-Cookie headers of the login's first answer (the state of the authorization request)
 * @param sessionCookies the Set-Cookie headers of the callback's answer (the session)
 * @param finalAnswer the login route's last answer
 */
record SignIn(Map<String, String> cookies, String location, List<String> stateCookies, List<String> sessionCookies,
    Response finalAnswer) {

  /** Signs in as {@code user} with {@code roles} (tokens valid for an hour), starting at /auth/login?next=... */
  static SignIn as(String user, List<String> roles, String next) {
    return as(user, roles, 3600, "/auth/login?next=" + next, Map.of());
  }

  /**
   * Signs in as {@code user} with {@code roles}, tokens valid for {@code seconds}, starting at {@code start} (raw,
   * as the router writes it) with the browser already holding {@code browserCookies}.
   */
  static SignIn as(String user, List<String> roles, long seconds, String start, Map<String, String> browserCookies) {
    MockProvider.nextLogin(user, roles, seconds);
    return flow(start, browserCookies);
  }

  /** The sign-in of whoever the provider was told to sign in next, starting at {@code start}. */
  static SignIn flow(String start, Map<String, String> browserCookies) {
    Map<String, String> cookies = new HashMap<>(browserCookies);
    Response r = get(start, cookies);
    assertThat(r.statusCode()).isEqualTo(302);
    List<String> state = r.headers().getValues("Set-Cookie");
    cookies.putAll(r.getCookies());
    String authorize = r.header("Location");
    assertThat(authorize).contains("state=").contains("nonce=").contains("code_challenge=")
        .contains("code_challenge_method=S256").contains("redirect_uri=");
    Response provider = given().urlEncodingEnabled(false).redirects().follow(false).when().get(authorize);
    assertThat(provider.statusCode()).as(authorize + " -> " + provider.asString()).isEqualTo(302);
    URI callback = URI.create(provider.header("Location"));
    assertThat(callback.getPath()).isEqualTo("/auth/authorize");
    Response back = get(callback.getRawPath() + "?" + callback.getRawQuery(), cookies);
    assertThat(back.statusCode()).isEqualTo(302);
    List<String> session = back.headers().getValues("Set-Cookie");
    keep(cookies, back);
    // quarkus-oidc returns to the login route, which sends the user on
    URI location = URI.create(back.header("Location"));
    Response done = get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()),
        cookies);
    assertThat(done.statusCode()).isIn(302, 303);
    keep(cookies, done);
    return new SignIn(cookies, done.header("Location"), state, session, done);
  }

  /** A GET with these cookies, the path sent as given, redirects not followed. */
  static Response get(String path, Map<String, String> cookies) {
    return given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).when().get(path);
  }

  /** The browser keeps the cookies an answer sets and drops those it empties. */
  static void keep(Map<String, String> cookies, Response answer) {
    answer.getCookies().forEach((name, value) -> {
      if (value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    });
  }
}
