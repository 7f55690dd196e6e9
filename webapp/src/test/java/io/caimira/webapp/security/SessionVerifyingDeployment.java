package io.caimira.webapp.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The CERN calculator with session verification on, against {@link SessionProvider}; the same cookie settings as
 * the auth-service (plain http in tests). {@code /test-sign-in} plays the auth-service's login.
 */
public class SessionVerifyingDeployment implements QuarkusTestProfile {
  static final String COOKIE_SECRET = "9d3f6b0a1e7c42d8b5f09a6e3c1d7b2f4e8a0c6d3b9f1e5a";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.ofEntries(
        Map.entry("CAIMIRA_SESSION_VERIFY", "true"),
        Map.entry("CAIMIRA_THEME", "cern"),
        Map.entry("CAIMIRA_PROFILER_ENABLED", "1"),
        Map.entry("CAIMIRA_PROFILER_CACHE_DIR",
            System.getProperty("java.io.tmpdir") + "/caimira-session-test-" + ProcessHandle.current().pid()),
        // the provider's URL comes from SessionProvider (its issuer path is not Keycloak's /realms/<realm>)
        Map.entry("OIDC_SERVER", "http://localhost"),
        Map.entry("OIDC_REALM", "caimira"),
        Map.entry("CLIENT_ID", SessionProvider.CLIENT),
        Map.entry("CLIENT_SECRET", "test-client-secret"),
        Map.entry("COOKIE_SECRET", COOKIE_SECRET),
        Map.entry("quarkus.oidc.authentication.cookie-force-secure", "false"),
        // the stand-in login (the auth-service's: /auth/login with its callback /auth/authorize)
        Map.entry("quarkus.oidc.authentication.redirect-path", "/test-sign-in/authorize"),
        Map.entry("quarkus.oidc.authentication.restore-path-after-redirect", "true"),
        Map.entry("quarkus.http.auth.permission.test-sign-in.paths", "/test-sign-in,/test-sign-in/*"),
        Map.entry("quarkus.http.auth.permission.test-sign-in.policy", "authenticated"));
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(SessionProvider.class));
  }
}
