package io.caimira.auth.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

/**
 * An OIDC provider on loopback (mock-oauth2-server) for the session tests of the auth-service and of the calculator
 * (shared through the auth module's test jar): sign-ins of chosen users with client roles and token lifetimes, and,
 * on demand, refusals to renew tokens as Keycloak gives once the SSO session is over.
 */
public final class OidcTestProvider {
  public static final String ISSUER = "caimira";
  public static final String CLIENT = "caimira-test";

  private final KeyProvider keys = new KeyProvider();
  private final MockOAuth2Server server;
  private volatile boolean refusing;
  private volatile String nextIdToken;

  /** Starts the provider on a free port. */
  public OidcTestProvider() {
    server = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(keys)),
        new RefusedRenewals(), new GivenIdToken());
    server.start(0);
  }

  /** The issuer URL, for {@code quarkus.oidc.auth-server-url}. */
  public String issuerUrl() {
    return server.issuerUrl(ISSUER).toString();
  }

  /** The next sign-in is of {@code user} with these client roles, its tokens valid for {@code seconds}. */
  public void nextLogin(String user, List<String> roles, long seconds) {
    nextLogin(user, Map.of("resource_access", Map.of(CLIENT, Map.of("roles", roles))), seconds);
  }

  /**
   * The next sign-in is of {@code user} with these claims in its tokens (besides {@code preferred_username}), e.g.
   * roles at another claim path than Keycloak's client roles; its tokens valid for {@code seconds}.
   */
  public void nextLogin(String user, Map<String, Object> claims, long seconds) {
    Map<String, Object> all = new HashMap<>(claims);
    all.put("preferred_username", user);
    server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, user, "JWT", List.of(CLIENT), all, seconds));
  }

  /** While on, refresh-token grants are refused with {@code invalid_grant}. */
  public void refuseRenewals(boolean refuse) {
    refusing = refuse;
  }

  /**
   * A JWT with these claims (as given: nothing added) signed by this provider's own key for its issuer, the one its
   * JWKS publishes: what it would issue itself.
   */
  public String signed(Map<String, Object> claims) {
    RSAKey key = (RSAKey) keys.signingKey(ISSUER);
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
          .type(JOSEObjectType.JWT).build(), JWTClaimsSet.parse(claims));
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (ParseException | JOSEException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * The next code exchange (an authorization_code grant) is answered with this ID token instead of the provider's
   * own, with an opaque access token and refresh token: the tokens a provider would never issue (another issuer,
   * audience or nonce, {@code alg=none}, another key), as an attacker in the middle or a rogue provider would
   * give them. The authorization code is not consumed.
   */
  public void answerNextCodeExchangeWith(String idToken) {
    nextIdToken = idToken;
  }

  public void stop() {
    server.shutdown();
  }

  /** The refusal of refresh-token grants while {@link #refusing}; ahead of the server's own routes. */
  private final class RefusedRenewals implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return refusing && request.getMethod().equals("POST") && request.getUrl().encodedPath().endsWith("/token")
          && "refresh_token".equals(request.getFormParameters().get("grant_type"));
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 400,
          "{\"error\": \"invalid_grant\", \"error_description\": \"Session not active\"}", null);
    }
  }

  /** The answer given by {@link #answerNextCodeExchangeWith(String)}; ahead of the server's own routes. */
  private final class GivenIdToken implements Route {
    @Override
    public boolean match(OAuth2HttpRequest request) {
      return nextIdToken != null && request.getMethod().equals("POST")
          && request.getUrl().encodedPath().endsWith("/token")
          && "authorization_code".equals(request.getFormParameters().get("grant_type"));
    }

    @Override
    public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
      String idToken = nextIdToken;
      nextIdToken = null;
      return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200,
          "{\"token_type\": \"Bearer\", \"expires_in\": 3600, \"access_token\": \"" + UUID.randomUUID()
          + "\", \"refresh_token\": \"" + UUID.randomUUID() + "\", \"id_token\": \"" + idToken + "\"}", null);
    }
  }
}
