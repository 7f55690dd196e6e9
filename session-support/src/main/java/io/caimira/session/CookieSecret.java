package io.caimira.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rule for {@code COOKIE_SECRET}, the key of the session cookies, applied by the auth-service (which writes
 * them) and by the calculator (which reads them when it verifies sessions): both refuse to start without a strong
 * one. Upstream ran with the publicly known default {@code '<undefined>'}.
 *
 * <p>A secret is accepted when it is at least {@link #MIN_LENGTH} characters long, is not a known placeholder, and
 * looks random by these estimates: at least {@link #MIN_DISTINCT} distinct characters; at most a fifth of its
 * three-character sequences seen before in it (no repeated word, phrase or pattern: {@code "password1234"} three
 * times, {@code "abcdefgh"} four times); at most two thirds of its neighbouring characters equal or consecutive
 * ({@code "aabb…"}, {@code "0123…xyz"}); and at least {@link #MIN_BITS} bits by its length times the Shannon
 * entropy of its character frequencies. The hex or base64 form of 16 or more random bytes passes ({@code openssl
 * rand -hex 32} or {@code -base64 32}: about 200 bits by this estimate).
 */
public final class CookieSecret {
  /** The shortest secret accepted, in characters. */
  public static final int MIN_LENGTH = 32;
  /** The fewest distinct characters a secret must have ("aaaa…" or "abab…" is not a key). */
  static final int MIN_DISTINCT = 8;
  /** The least estimated entropy, in bits (the hex form of 16 random bytes: 92 or more in 100 000 draws). */
  static final double MIN_BITS = 80;

  private CookieSecret() {}

  /**
   * @param secret the value of {@code COOKIE_SECRET}, null when unset
   * @throws IllegalStateException, naming COOKIE_SECRET and saying how to make a good one, when the secret is
   *     missing or does not pass the rule above
   */
  public static void check(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("COOKIE_SECRET is not set: generate one, e.g. with openssl rand -hex 50");
    }
    String s = secret.trim();
    if (s.length() < MIN_LENGTH || s.equals("<undefined>") || s.chars().distinct().count() < MIN_DISTINCT
        || repeatedTriples(s) * 5 > s.length() - 2 || steps(s) * 3 > (s.length() - 1) * 2 || bits(s) < MIN_BITS) {
      throw new IllegalStateException("COOKIE_SECRET is too weak: use at least " + MIN_LENGTH
          + " random characters, e.g. from openssl rand -hex 50");
    }
  }

  /** How many of the three-character sequences of {@code s} were seen before in it. */
  static int repeatedTriples(String s) {
    Set<String> seen = new HashSet<>();
    int repeated = 0;
    for (int i = 0; i + 3 <= s.length(); i++) {
      if (!seen.add(s.substring(i, i + 3))) {
        repeated++;
      }
    }
    return repeated;
  }

  /** How many neighbouring characters are equal or consecutive (a code point apart, either way). */
  static int steps(String s) {
    int steps = 0;
    for (int i = 1; i < s.length(); i++) {
      if (Math.abs(s.charAt(i) - s.charAt(i - 1)) <= 1) {
        steps++;
      }
    }
    return steps;
  }

  /** The length times the Shannon entropy of the character frequencies, in bits. */
  static double bits(String s) {
    Map<Character, Integer> counts = new HashMap<>();
    for (int i = 0; i < s.length(); i++) {
      counts.merge(s.charAt(i), 1, Integer::sum);
    }
    double perCharacter = 0;
    for (int count : counts.values()) {
      double p = (double) count / s.length();
      perCharacter -= p * Math.log(p) / Math.log(2);
    }
    return perCharacter * s.length();
  }
}
