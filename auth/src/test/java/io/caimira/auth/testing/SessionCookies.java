package io.caimira.auth.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.oidc.runtime.OidcUtils;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * Session cookies as another deployment or an attacker would make them, for the session tests of the auth-service
 * and of the calculator: a genuine cookie of quarkus-oidc decrypted with the deployment's COOKIE_SECRET, then
 * encrypted again (by quarkus-oidc's own function) with another secret, or with its ID token replaced.
 */
public final class SessionCookies {
  private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  private SessionCookies() {}

  /** The key quarkus-oidc derives from {@code quarkus.oidc.token-state-manager.encryption-secret}. */
  private static SecretKey key(String secret) {
    return OidcUtils.createSecretKeyFromDigest(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** What the cookie holds, decrypted with {@code secret}. */
  public static String decrypt(String cookie, String secret) {
    try {
      return OidcUtils.decryptString(cookie, key(secret));
    } catch (Exception e) {
      throw new IllegalArgumentException("not a session cookie of this secret", e);
    }
  }

  /** {@code content} encrypted as quarkus-oidc does with {@code secret}. */
  public static String encrypt(String content, String secret) {
    try {
      return OidcUtils.encryptString(content, key(secret));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same cookie content, encrypted with {@code toSecret} instead of {@code fromSecret}. */
  public static String reencrypted(String cookie, String fromSecret, String toSecret) {
    return encrypt(decrypt(cookie, fromSecret), toSecret);
  }

  /** The ID token of this session cookie. */
  public static String idToken(String cookie, String secret) {
    Matcher m = JWT.matcher(decrypt(cookie, secret));
    if (!m.find()) {
      throw new IllegalArgumentException("no token in the session cookie");
    }
    return m.group();
  }

  /** The session cookie with its ID token changed by {@code change}, encrypted again with the same secret. */
  public static String withIdToken(String cookie, String secret, UnaryOperator<String> change) {
    String content = decrypt(cookie, secret);
    Matcher m = JWT.matcher(content);
    if (!m.find()) {
      throw new IllegalArgumentException("no token in the session cookie");
    }
    return encrypt(content.substring(0, m.start()) + change.apply(m.group()) + content.substring(m.end()), secret);
  }

  /** The claims of a JWT (not verified). */
  public static Map<String, Object> claims(String jwt) {
    try {
      return new HashMap<>(SignedJWT.parse(jwt).getJWTClaimsSet().toJSONObject());
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The same claims and key id, signed with a new RSA key of the same size instead of the provider's. */
  public static String signedWithAnotherKey(String jwt) {
    try {
      SignedJWT original = SignedJWT.parse(jwt);
      String kid = original.getHeader().getKeyID();
      SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid)
          .type(JOSEObjectType.JWT).build(), original.getJWTClaimsSet());
      forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID(kid).generate()));
      return forged.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same claims, unsigned ({@code alg=none}). */
  public static String unsigned(Map<String, Object> claims) {
    try {
      return new PlainJWT(JWTClaimsSet.parse(claims)).serialize();
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
