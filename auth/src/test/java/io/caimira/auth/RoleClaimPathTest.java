package io.caimira.auth;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code CAIMIRA_ROLE_CLAIM_PATH} set (here Keycloak's realm roles, {@code realm_access/roles}), the roles are
 * read there and only there: the client roles of the default path no longer count.
 */
@QuarkusTest
@TestProfile(RoleClaimPathTest.RealmRoles.class)
class RoleClaimPathTest {

  /** The auth-service reading roles at {@code realm_access/roles}. */
  public static class RealmRoles implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("CAIMIRA_ROLE_CLAIM_PATH", "realm_access/roles");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(MockProvider.class));
    }
  }

  private static Map<String, String> signIn(String user, Map<String, Object> claims) {
    MockProvider.nextLogin(user, claims);
    return SignIn.flow("/auth/login?next=/calculator-cern", Map.of()).cookies();
  }

  @Test
  void rolesAtTheConfiguredClaimPathCount() {
    Map<String, String> alice = signIn("alice", Map.of("realm_access", Map.of("roles", List.of("allowed-users"))));
    given().cookies(alice).when().get("/auth/probe").then().statusCode(200).header("X-Caimira-User", "alice");
    given().cookies(alice).queryParam("role", "admin").when().get("/auth/probe").then().statusCode(403);
    Map<String, String> carol = signIn("carol",
        Map.of("realm_access", Map.of("roles", List.of("allowed-users", "admin"))));
    given().cookies(carol).queryParam("role", "admin").when().get("/auth/probe").then().statusCode(200);
  }

  @Test
  void clientRolesAtTheDefaultPathNoLongerCount() {
    Map<String, String> bob = signIn("bob", Map.of("resource_access",
        Map.of(MockProvider.CLIENT, Map.of("roles", List.of("allowed-users", "admin")))));
    given().cookies(bob).when().get("/auth/probe").then().statusCode(403);
  }
}
