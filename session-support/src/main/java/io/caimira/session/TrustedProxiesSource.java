package io.caimira.session;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Whose {@code X-Forwarded-*} headers a service believes, one setting for every service: {@code
 * CAIMIRA_TRUSTED_PROXIES}, a comma-separated list of addresses, CIDR ranges or host names (those of the router).
 * When it is set and not blank, Quarkus takes the scheme, host, port and prefix of links and redirects from the
 * forwarded headers of requests coming from these addresses only ({@code quarkus.http.proxy.proxy-address-forwarding}
 * on, {@code quarkus.http.proxy.trusted-proxies} the list); otherwise nobody is trusted and the headers are ignored
 * (a plain local run, {@code ./caimira serve}). Quarkus alone would trust every client once forwarding is on, and
 * an expression could not tell an empty ConfigMap value from a list. Ordinal 275: above application.properties,
 * below environment variables, so that Quarkus' own {@code QUARKUS_HTTP_PROXY_*} variables still win.
 */
public final class TrustedProxiesSource implements ConfigSourceFactory {
  public static final String VARIABLE = "CAIMIRA_TRUSTED_PROXIES";
  static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
  static final String TRUSTED = "quarkus.http.proxy.trusted-proxies";
  static final int ORDINAL = 275;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    ConfigValue value = context.getValue(VARIABLE);
    String proxies = value == null || value.getValue() == null ? "" : value.getValue().trim();
    Map<String, String> properties = proxies.isEmpty() ? Map.of(FORWARDING, "false")
        : Map.of(FORWARDING, "true", TRUSTED, proxies.replaceAll("\\s+", ""));
    return List.of(new PropertiesConfigSource(properties, VARIABLE, ORDINAL));
  }
}
