package io.caimira.webapp.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Test code only: a stand-in for the auth-service's login, so that the session tests get the session cookies that
 * quarkus-oidc writes with the deployment's settings (the calculator itself never starts a login: only the test
 * profile {@link SessionVerifyingDeployment} makes this path require authentication).
 */
@Path("/test-sign-in")
public class TestSignIn {
  @GET
  public String signedIn() {
    return "signed in";
  }
}
