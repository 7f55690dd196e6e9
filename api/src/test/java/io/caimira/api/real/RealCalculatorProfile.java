package io.caimira.api.real;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Runs the API with the production calculator and a production-sized report pool. */
public class RealCalculatorProfile implements QuarkusTestProfile {
  @Override
  public Set<Class<?>> getEnabledAlternatives() {
    return Set.of(RealCalculator.class);
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "caimira.reports.workers", "2",
        "caimira.reports.queue", "16",
        "caimira.reports.timeout", "60s",
        "quarkus.http.limits.max-body-size", "10M");
  }
}
