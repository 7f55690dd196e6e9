package io.caimira.session;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The claim path of the roles, one setting for the auth-service and the calculator: {@code CAIMIRA_ROLE_CLAIM_PATH},
 * when set and not blank, becomes quarkus-oidc's {@code quarkus.oidc.roles.role-claim-path}; otherwise each
 * service's application.properties keeps Keycloak's client roles ({@code resource_access/<CLIENT_ID>/roles}). A
 * configuration expression could not do this: the OpenShift ConfigMap passes the variable empty by default, and an
 * empty value is not a missing one for an expression's default. Its ordinal (275) is above application.properties
 * and below environment variables, so that {@code QUARKUS_OIDC_ROLES_ROLE_CLAIM_PATH} still wins.
 */
public final class RoleClaimPathSource implements ConfigSourceFactory {
  public static final String VARIABLE = "CAIMIRA_ROLE_CLAIM_PATH";
  static final String PROPERTY = "quarkus.oidc.roles.role-claim-path";
  static final int ORDINAL = 275;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    ConfigValue value = context.getValue(VARIABLE);
    String path = value == null ? null : value.getValue();
    if (path == null || path.isBlank()) {
      return List.of();
    }
    return List.of(new PropertiesConfigSource(Map.of(PROPERTY, path.trim()), VARIABLE, ORDINAL));
  }
}
