package io.caimira.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CAIMIRA_TRUSTED_PROXIES as the services resolve it: unset or blank, nobody; a list, only those. */
class TrustedProxiesSourceTest {

  private static SmallRyeConfig config(String variable, Map<String, String> more) {
    Map<String, String> environment = new HashMap<>(more);
    if (variable != null) {
      environment.put(TrustedProxiesSource.VARIABLE, variable);
    }
    return new SmallRyeConfigBuilder().addDefaultInterceptors()
        // as a service's application.properties that would switch forwarding on for every client
        .withSources(new PropertiesConfigSource(Map.of(TrustedProxiesSource.FORWARDING, "true"), "app", 250))
        .withSources(new PropertiesConfigSource(environment, "environment", 300))
        .withSources(new TrustedProxiesSource())
        .build();
  }

  private static boolean forwarding(SmallRyeConfig config) {
    return config.getValue(TrustedProxiesSource.FORWARDING, Boolean.class);
  }

  @Test
  void nobodyIsTrustedUnlessListed() {
    for (String unset : new String[] {null, "", "  "}) {
      SmallRyeConfig config = config(unset, Map.of());
      assertThat(forwarding(config)).as(String.valueOf(unset)).isFalse();
      assertThat(config.getOptionalValue(TrustedProxiesSource.TRUSTED, String.class)).isEmpty();
    }
  }

  @Test
  void theListedAddressesAreTheTrustedProxies() {
    SmallRyeConfig config = config(" 10.128.0.0/14, caimira-router ,::1", Map.of());
    assertThat(forwarding(config)).isTrue();
    assertThat(config.getValues(TrustedProxiesSource.TRUSTED, String.class))
        .containsExactly("10.128.0.0/14", "caimira-router", "::1");
  }

  @Test
  void quarkusOwnSettingStillWins() {
    SmallRyeConfig config = config("10.0.0.1", Map.of(TrustedProxiesSource.FORWARDING, "false"));
    assertThat(forwarding(config)).isFalse();
    assertThat(config.getValues(TrustedProxiesSource.TRUSTED, String.class)).containsExactly("10.0.0.1");
  }
}
