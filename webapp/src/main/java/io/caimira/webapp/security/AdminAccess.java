package io.caimira.webapp.security;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may use the administration pages (the profiler): requests carrying the administrator header that the trusted
 * authentication proxy sets, {@code caimira.web.admin-header} as "Name: value" (default
 * {@code X-Caimira-Admin: true}; "Name:" alone accepts any non-empty value). The proxy must remove that header
 * from the requests it receives, so that a client cannot set it itself.
 */
@Singleton
public class AdminAccess {
  private final String name;
  private final String value;

  AdminAccess(@ConfigProperty(name = "caimira.web.admin-header", defaultValue = "X-Caimira-Admin: true")
      String header) {
    int colon = header.indexOf(':');
    this.name = (colon < 0 ? header : header.substring(0, colon)).trim();
    this.value = colon < 0 ? "" : header.substring(colon + 1).trim();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("caimira.web.admin-header needs a header name, e.g. X-Caimira-Admin: true");
    }
  }

  /** True when the request carries the administrator header with the expected value. */
  public boolean allows(HttpHeaders headers) {
    List<String> given = headers.getRequestHeader(name);
    if (given == null) {
      return false;
    }
    return given.stream().map(String::trim)
        .anyMatch(v -> value.isEmpty() ? !v.isEmpty() : v.equalsIgnoreCase(value));
  }
}
