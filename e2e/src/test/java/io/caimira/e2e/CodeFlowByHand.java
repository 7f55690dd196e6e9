package io.caimira.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The authorization-code flow walked with a plain HTTP client, one step at a time, so that a test can stop between
 * the provider's answer and our callback and tamper with what a browser would carry: the router's sign-in start (its
 * state cookie), Keycloak's login form, and the callback address with the code that Keycloak sends back.
 */
final class CodeFlowByHand {
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  /** Cookies of the router's host (the auth-service's state cookie). */
  final Map<String, String> routerCookies = new LinkedHashMap<>();
  private final Map<String, String> keycloakCookies = new LinkedHashMap<>();
  /** Keycloak's authorization request, as the auth-service built it (state, nonce, PKCE challenge). */
  URI authorization;
  /** The callback Keycloak redirects the browser to after the sign-in: our redirect URI with code and state. */
  URI callback;

  /** Starts the sign-in at the router and signs in at Keycloak; stops before the callback. */
  static CodeFlowByHand signIn(Topology topology, String user) throws Exception {
    CodeFlowByHand flow = new CodeFlowByHand();
    HttpResponse<String> start = flow.send(HttpRequest.newBuilder(
        URI.create(topology.url("/auth/login?next=/calculator-cern/"))).GET(), flow.routerCookies);
    assertThat(start.statusCode()).as("sign-in start").isEqualTo(302);
    flow.authorization = URI.create(topology.url("/")).resolve(start.headers().firstValue("Location").orElseThrow());
    assertThat(flow.authorization.getQuery()).contains("code_challenge=", "state=", "nonce=");
    HttpResponse<String> page = flow.send(HttpRequest.newBuilder(flow.authorization).GET(), flow.keycloakCookies);
    Matcher action = FORM_ACTION.matcher(page.body());
    assertThat(action.find()).as("Keycloak's login form").isTrue();
    String form = "username=" + user + "&password=" + user + "-password&credentialId=";
    HttpResponse<String> signedIn = flow.send(HttpRequest.newBuilder(
            URI.create(action.group(1).replace("&amp;", "&")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)), flow.keycloakCookies);
    assertThat(signedIn.statusCode()).as("Keycloak's answer to the sign-in").isEqualTo(302);
    flow.callback = URI.create(signedIn.headers().firstValue("Location").orElseThrow());
    assertThat(flow.callback.getQuery()).contains("code=", "state=");
    return flow;
  }

  /** A query parameter of the callback. */
  String callbackParameter(String name) {
    for (String pair : callback.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + callback);
  }

  /** The redirect URI the auth-service registered in its authorization request. */
  String redirectUri() {
    for (String pair : authorization.getRawQuery().split("&")) {
      if (pair.startsWith("redirect_uri=")) {
        return java.net.URLDecoder.decode(pair.substring("redirect_uri=".length()), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no redirect_uri in " + authorization);
  }

  /** Keycloak's token endpoint, next to the authorization endpoint. */
  URI tokenEndpoint() {
    return authorization.resolve(authorization.getPath().replaceAll("/auth$", "/token"));
  }

  /** Sends a request to the router (or anywhere) with these cookies, and keeps what it sets. */
  HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> jar) throws Exception {
    if (!jar.isEmpty()) {
      request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : response.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return response;
  }

  /** The callback (or a tampered copy) sent through the router with the cookies given. */
  HttpResponse<String> callBack(URI address, Map<String, String> cookies) throws Exception {
    return send(HttpRequest.newBuilder(address).GET(), new LinkedHashMap<>(cookies));
  }

  /** True when the answer sets a session cookie with a value (a sign-in that succeeded). */
  static boolean setsSession(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith("q_session") && !c.split(";", 2)[0].endsWith("="));
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
