package io.caimira.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Upstream's CORS rule (api.md §2.3): when the request's Origin is in the comma-separated allow-list (entries
 * trimmed, compared case-insensitively), the answer carries {@code Access-Control-Allow-Origin} with the origin as
 * sent; otherwise no CORS header, and the request is still served. Quarkus' built-in CORS filter rejects foreign
 * origins with 403 and answers preflights itself, so it cannot reproduce this; hence our own filter.
 */
public final class CorsPolicy {
  private final List<String> allowed;

  private CorsPolicy(List<String> allowed) {
    this.allowed = allowed;
  }

  /** From the value of CAIMIRA_ALLOWED_ORIGINS; null or blank allows no origin. */
  public static CorsPolicy parse(String allowList) {
    if (allowList == null || allowList.isBlank()) {
      return new CorsPolicy(List.of());
    }
    return new CorsPolicy(Arrays.stream(allowList.split(","))
        .map(entry -> entry.trim().toLowerCase(Locale.ROOT))
        .filter(entry -> !entry.isEmpty())
        .collect(Collectors.toUnmodifiableList()));
  }

  /** The value of Access-Control-Allow-Origin for this Origin header, if allowed. */
  public Optional<String> allowOrigin(String origin) {
    if (origin == null || !allowed.contains(origin.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(origin);
  }

  public boolean isEmpty() {
    return allowed.isEmpty();
  }
}
