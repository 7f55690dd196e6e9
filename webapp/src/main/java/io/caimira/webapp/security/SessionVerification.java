package io.caimira.webapp.security;

import io.caimira.session.CookieSecret;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this calculator verifies the single sign-on session itself ({@code CAIMIRA_SESSION_VERIFY=true}, for the
 * CERN deployment behind the router; off by default, so that {@code ./caimira serve} and the open calculator need no
 * provider), and the role names, as on the auth-service: {@code CAIMIRA_REQUIRED_ROLE} (default
 * {@code allowed-users}) for the calculator pages and {@code CAIMIRA_ADMIN_ROLE} (default {@code admin}) for the
 * profiler. When on, the start fails unless the provider, the client and the auth-service's cookie key are given
 * ({@code OIDC_SERVER}, {@code OIDC_REALM}, {@code CLIENT_ID}, {@code CLIENT_SECRET}, {@code COOKIE_SECRET}), and
 * when the cookie key is weak by the auth-service's own rule ({@link CookieSecret}): the client secret renews an
 * expired ID token with the session's refresh token.
 */
@Singleton
@Startup
public class SessionVerification {
  private final boolean on;
  private final String requiredRole;
  private final String adminRole;

  SessionVerification(@ConfigProperty(name = "CAIMIRA_SESSION_VERIFY", defaultValue = "false") boolean on,
      @ConfigProperty(name = "CAIMIRA_REQUIRED_ROLE", defaultValue = "allowed-users") String requiredRole,
      @ConfigProperty(name = "CAIMIRA_ADMIN_ROLE", defaultValue = "admin") String adminRole,
      @ConfigProperty(name = "OIDC_SERVER") Optional<String> server,
      @ConfigProperty(name = "OIDC_REALM") Optional<String> realm,
      @ConfigProperty(name = "CLIENT_ID") Optional<String> client,
      @ConfigProperty(name = "CLIENT_SECRET") Optional<String> clientSecret,
      @ConfigProperty(name = "COOKIE_SECRET") Optional<String> cookieSecret) {
    this.on = on;
    this.requiredRole = requiredRole;
    this.adminRole = adminRole;
    if (on) {
      List<String> missing = new ArrayList<>();
      addIfBlank(missing, "OIDC_SERVER", server);
      addIfBlank(missing, "OIDC_REALM", realm);
      addIfBlank(missing, "CLIENT_ID", client);
      addIfBlank(missing, "CLIENT_SECRET", clientSecret);
      addIfBlank(missing, "COOKIE_SECRET", cookieSecret);
      if (!missing.isEmpty()) {
        throw new IllegalStateException("CAIMIRA_SESSION_VERIFY is on but " + String.join(", ", missing)
            + " not set: give the calculator the auth-service's provider settings and secret");
      }
      CookieSecret.check(cookieSecret.get());
    }
  }

  private static void addIfBlank(List<String> missing, String name, Optional<String> value) {
    if (value.map(String::isBlank).orElse(true)) {
      missing.add(name);
    }
  }

  public boolean on() {
    return on;
  }

  public String requiredRole() {
    return requiredRole;
  }

  public String adminRole() {
    return adminRole;
  }
}
