package io.caimira.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The attributes of the cookies the sign-in sets, with the production settings of application.properties
 * ({@code cookie-force-secure=true}, {@code cookie-same-site=lax}, {@code session-age-extension=30M}): the session
 * cookies are HttpOnly, Secure, SameSite=Lax, for the whole site, and live for the ID token's lifetime plus the
 * documented 30 minutes (docs/deployment.md, "How long a session lasts"); the state cookie of the authorization
 * request is HttpOnly and Secure, lives 5 minutes and is cleared by the callback.
 */
@QuarkusTest
@QuarkusTestResource(value = MockProvider.class, restrictToAnnotatedClass = true)
class SessionCookieTest {
  private static final long EXTENSION = 30 * 60;

  /** One Set-Cookie header: name, value and attributes (names lower-cased; flags map to ""). */
  record SetCookie(String name, String value, Map<String, String> attributes) {
    static SetCookie parse(String header) {
      String[] parts = header.split(";\\s*");
      Map<String, String> attributes = new HashMap<>();
      for (int i = 1; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        attributes.put((eq < 0 ? parts[i] : parts[i].substring(0, eq)).toLowerCase(Locale.ROOT),
            eq < 0 ? "" : parts[i].substring(eq + 1));
      }
      int eq = parts[0].indexOf('=');
      return new SetCookie(parts[0].substring(0, eq), parts[0].substring(eq + 1), attributes);
    }

    boolean has(String flag) {
      return attributes.containsKey(flag);
    }

    long maxAge() {
      return Long.parseLong(attributes.get("max-age"));
    }
  }

  private static Optional<SetCookie> find(List<String> headers, String name) {
    return headers.stream().map(SetCookie::parse).filter(c -> c.name().equals(name)).findFirst();
  }

  @Test
  void theSessionCookiesAreHttpOnlySecureSameSiteAndLiveForTheTokenPlusThirtyMinutes() {
    for (long tokenSeconds : new long[] {3600, 600}) {
      SignIn signIn = SignIn.as("alice", List.of("allowed-users"), tokenSeconds, "/auth/login?next=/calculator-cern",
          Map.of());
      for (String name : List.of("q_session", "q_session_rt")) {
        SetCookie cookie = find(signIn.sessionCookies(), name).orElseThrow(() -> new AssertionError(name));
        assertThat(cookie.value()).as(name).isNotEmpty();
        assertThat(cookie.has("httponly")).as(name + " HttpOnly").isTrue();
        assertThat(cookie.has("secure")).as(name + " Secure").isTrue();
        assertThat(cookie.attributes()).as(name).containsEntry("samesite", "Lax").containsEntry("path", "/")
            .containsKey("expires").doesNotContainKey("domain");
        // a second or two may pass between the token's issue and the cookie
        assertThat(cookie.maxAge()).as(name + " Max-Age with a token of " + tokenSeconds + " s")
            .isBetween(tokenSeconds + EXTENSION - 30, tokenSeconds + EXTENSION);
      }
    }
  }

  @Test
  void theStateCookieIsHttpOnlySecureShortLivedAndClearedByTheCallback() {
    SignIn signIn = SignIn.as("alice", List.of("allowed-users"), "/calculator-cern");
    SetCookie state = signIn.stateCookies().stream().map(SetCookie::parse).filter(c -> c.name().startsWith("q_auth"))
        .findFirst().orElseThrow();
    assertThat(state.has("httponly")).isTrue();
    assertThat(state.has("secure")).isTrue();
    assertThat(state.attributes()).containsEntry("path", "/");
    assertThat(state.maxAge()).isEqualTo(5 * 60);
    SetCookie cleared = find(signIn.sessionCookies(), state.name()).orElseThrow();
    assertThat(cleared.value()).isEmpty();
    assertThat(cleared.maxAge()).isZero();
  }
}
