package io.caimira.session;

/**
 * The rule for {@code COOKIE_SECRET}, the key of the session cookies, applied by the auth-service (which writes
 * them) and by the calculator (which reads them when it verifies sessions): both refuse to start without a strong
 * one. Upstream ran with the publicly known default {@code '<undefined>'}.
 */
public final class CookieSecret {
  /** The shortest secret accepted, in characters. */
  public static final int MIN_LENGTH = 32;
  /** The fewest distinct characters a secret must have ("aaaa…" or "abab…" is not a key). */
  static final int MIN_DISTINCT = 8;

  private CookieSecret() {}

  /**
   * @param secret the value of {@code COOKIE_SECRET}, null when unset
   * @throws IllegalStateException, naming COOKIE_SECRET and saying how to make a good one, when the secret is
   *     missing, shorter than {@link #MIN_LENGTH}, a known placeholder or made of too few distinct characters
   */
  public static void check(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("COOKIE_SECRET is not set: generate one, e.g. with openssl rand -hex 50");
    }
    String s = secret.trim();
    if (s.length() < MIN_LENGTH || s.equals("<undefined>") || s.chars().distinct().count() < MIN_DISTINCT) {
      throw new IllegalStateException("COOKIE_SECRET is too weak: use at least " + MIN_LENGTH
          + " random characters, e.g. from openssl rand -hex 50");
    }
  }
}
