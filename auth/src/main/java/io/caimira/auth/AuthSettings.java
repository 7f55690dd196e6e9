package io.caimira.auth;

import io.caimira.session.CookieSecret;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auth-service's settings, from upstream's variables: {@code COOKIE_SECRET} (encrypts the session cookie; the
 * service refuses to start without a strong one, by the rule {@link CookieSecret} it shares with the calculator) and
 * the role names: {@code CAIMIRA_REQUIRED_ROLE} (default {@code allowed-users}) and {@code CAIMIRA_ADMIN_ROLE} (default
 * {@code admin}). The OIDC provider ({@code OIDC_SERVER}, {@code OIDC_REALM}, {@code CLIENT_ID},
 * {@code CLIENT_SECRET}) is configured in application.properties.
 */
@Singleton
@Startup
public class AuthSettings {
  private final String requiredRole;
  private final String adminRole;

  AuthSettings(@ConfigProperty(name = "COOKIE_SECRET") Optional<String> cookieSecret,
      @ConfigProperty(name = "CAIMIRA_REQUIRED_ROLE", defaultValue = "allowed-users") String requiredRole,
      @ConfigProperty(name = "CAIMIRA_ADMIN_ROLE", defaultValue = "admin") String adminRole) {
    CookieSecret.check(cookieSecret.orElse(null));
    this.requiredRole = requiredRole;
    this.adminRole = adminRole;
  }

  public String requiredRole() {
    return requiredRole;
  }

  public String adminRole() {
    return adminRole;
  }
}
