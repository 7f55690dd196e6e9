package io.caimira.auth;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auth-service's settings, from upstream's variables: {@code COOKIE_SECRET} (encrypts the session cookie; the
 * service refuses to start without a strong one — at least 32 characters, not a known placeholder) and the role
 * names: {@code CAIMIRA_REQUIRED_ROLE} (default {@code allowed-users}) and {@code CAIMIRA_ADMIN_ROLE} (default
 * {@code admin}). The OIDC provider ({@code OIDC_SERVER}, {@code OIDC_REALM}, {@code CLIENT_ID},
 * {@code CLIENT_SECRET}) is configured in application.properties.
 */
@Singleton
@Startup
public class AuthSettings {
  static final int MIN_SECRET_LENGTH = 32;

  private final String requiredRole;
  private final String adminRole;

  AuthSettings(@ConfigProperty(name = "COOKIE_SECRET") Optional<String> cookieSecret,
      @ConfigProperty(name = "CAIMIRA_REQUIRED_ROLE", defaultValue = "allowed-users") String requiredRole,
      @ConfigProperty(name = "CAIMIRA_ADMIN_ROLE", defaultValue = "admin") String adminRole) {
    checkSecret(cookieSecret.orElse(null));
    this.requiredRole = requiredRole;
    this.adminRole = adminRole;
  }

  /** @throws IllegalStateException when the secret is missing or weak */
  static void checkSecret(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException("COOKIE_SECRET is not set: generate one, e.g. with openssl rand -hex 50");
    }
    String s = secret.trim();
    if (s.length() < MIN_SECRET_LENGTH || s.equals("<undefined>") || s.chars().distinct().count() < 8) {
      throw new IllegalStateException("COOKIE_SECRET is too weak: use at least " + MIN_SECRET_LENGTH
          + " random characters, e.g. from openssl rand -hex 50");
    }
  }

  public String requiredRole() {
    return requiredRole;
  }

  public String adminRole() {
    return adminRole;
  }
}
