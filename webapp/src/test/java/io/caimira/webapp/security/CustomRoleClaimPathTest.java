package io.caimira.webapp.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calculator reads the roles where the auth-service does: with {@code CAIMIRA_ROLE_CLAIM_PATH} set (here
 * Keycloak's realm roles), roles there open the calculator and the profiler, and client roles at the default path no
 * longer count.
 */
@QuarkusTest
@TestProfile(CustomRoleClaimPathTest.RealmRoles.class)
class CustomRoleClaimPathTest {

  /** The session-verifying calculator reading roles at {@code realm_access/roles}. */
  public static class RealmRoles extends SessionVerifyingDeployment {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
      overrides.put("CAIMIRA_ROLE_CLAIM_PATH", "realm_access/roles");
      return overrides;
    }
  }

  @Test
  void rolesAtTheConfiguredPathCount() {
    SessionProvider.nextLogin("carol", Map.of("realm_access", Map.of("roles", List.of("allowed-users", "admin"))));
    Map<String, String> carol = SessionVerificationTest.signInAsTold();
    given().cookies(carol).when().get("/calculator").then().statusCode(200);
    given().cookies(carol).when().get("/profiler").then().statusCode(200);
  }

  @Test
  void clientRolesAtTheDefaultPathNoLongerCount() {
    SessionProvider.nextLogin("bob", Map.of("resource_access",
        Map.of(SessionProvider.CLIENT, Map.of("roles", List.of("allowed-users", "admin")))));
    Map<String, String> bob = SessionVerificationTest.signInAsTold();
    given().cookies(bob).when().get("/calculator").then().statusCode(403);
    given().cookies(bob).when().get("/profiler").then().statusCode(403);
  }
}
