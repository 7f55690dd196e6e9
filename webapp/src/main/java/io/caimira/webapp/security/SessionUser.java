package io.caimira.webapp.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/** The verified user of the current request (set by {@link SessionGate}; nobody when verification is off). */
@RequestScoped
public class SessionUser {
  private String name;
  private Set<String> roles = Set.of();

  void signedIn(SecurityIdentity identity) {
    this.name = identity.getPrincipal().getName();
    this.roles = Set.copyOf(identity.getRoles());
  }

  /** The user's name, null without a verified session. */
  public String name() {
    return name;
  }

  public boolean hasRole(String role) {
    return name != null && roles.contains(role);
  }
}
