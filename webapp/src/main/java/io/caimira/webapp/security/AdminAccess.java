package io.caimira.webapp.security;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may use the administration pages (the profiler). With {@link SessionVerification} on: only a user whose
 * verified session holds the admin role; the header below is then ignored, so that a request reaching the
 * calculator without the router cannot claim it. Without verification: requests carrying the administrator header
 * that the trusted authentication proxy sets, {@code caimira.web.admin-header} as "Name: value" (default
 * {@code X-Caimira-Admin: true}; "Name:" alone accepts any non-empty value); the proxy must remove that header
 * from the requests it receives, so that a client cannot set it itself.
 */
@Singleton
public class AdminAccess {
  private final String name;
  private final String value;
  private final SessionVerification verification;
  private final SessionUser user;

  AdminAccess(@ConfigProperty(name = "caimira.web.admin-header", defaultValue = "X-Caimira-Admin: true")
      String header, SessionVerification verification, SessionUser user) {
    this.verification = verification;
    this.user = user;
    int colon = header.indexOf(':');
    this.name = (colon < 0 ? header : header.substring(0, colon)).trim();
    this.value = colon < 0 ? "" : header.substring(colon + 1).trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("caimira.web.admin-header needs a header name, e.g. X-Caimira-Admin: true");
    }
  }

  /** True for a verified admin (verification on) or a request with the administrator header (off). */
  public boolean allows(HttpHeaders headers) {
    if (verification.on()) {
      return user.hasRole(verification.adminRole());
    }
    List<String> given = headers.getRequestHeader(name);
    if (given == null) {
      return false;
    }
    return given.stream().map(String::trim)
        .anyMatch(v -> value.isEmpty() ? !v.isEmpty() : v.equalsIgnoreCase(value));
  }
}
