package io.caimira.session.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.session.RoleClaimPathSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The role claim path as a service resolves it from its environment (its own application.properties, found on the
 * subclass's class path, and {@link RoleClaimPathSource}): Keycloak's client roles of CLIENT_ID when
 * CAIMIRA_ROLE_CLAIM_PATH is unset, empty (the OpenShift ConfigMap's default) or blank, else that path;
 * quarkus-oidc's own variable still wins. The auth-service and the calculator each run it with a subclass.
 */
public abstract class RoleClaimPathContract {

  private String claimPath(String variable) throws IOException {
    return claimPath(variable, null);
  }

  private String claimPath(String variable, String quarkusVariable) throws IOException {
    Map<String, String> environment = new HashMap<>(Map.of("CLIENT_ID", "caimira-test"));
    if (variable != null) {
      environment.put("CAIMIRA_ROLE_CLAIM_PATH", variable);
    }
    if (quarkusVariable != null) {
      environment.put("quarkus.oidc.roles.role-claim-path", quarkusVariable);
    }
    SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(
            getClass().getResource("/application.properties"), 250))
        .withSources(new PropertiesConfigSource(environment, "environment", 300))
        .withSources(new RoleClaimPathSource())
        .build();
    return config.getValue("quarkus.oidc.roles.role-claim-path", String.class);
  }

  @Test
  public void unsetOrEmptyMeansTheClientRoles() throws IOException {
    assertThat(claimPath(null)).isEqualTo("resource_access/caimira-test/roles");
    assertThat(claimPath("")).isEqualTo("resource_access/caimira-test/roles");
    assertThat(claimPath("  ")).isEqualTo("resource_access/caimira-test/roles");
  }

  @Test
  public void aGivenPathIsUsed() throws IOException {
    assertThat(claimPath("cern_roles")).isEqualTo("cern_roles");
    assertThat(claimPath(" realm_access/roles ")).isEqualTo("realm_access/roles");
  }

  @Test
  public void quarkusOidcsOwnVariableStillWins() throws IOException {
    assertThat(claimPath("cern_roles", "groups")).isEqualTo("groups");
  }
}
