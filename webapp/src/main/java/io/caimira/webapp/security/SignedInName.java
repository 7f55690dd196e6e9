package io.caimira.webapp.security;

import io.quarkus.arc.Arc;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The page layout's view of the session: {@code inject:session.name} is the verified user's name, or null (no
 * verified session, verification off, or a page rendered outside a request, such as an early error page).
 */
@Singleton
@Named("session")
public class SignedInName {
  public String name() {
    if (!Arc.container().requestContext().isActive()) {
      return null;
    }
    return Arc.container().instance(SessionUser.class).get().name();
  }
}
