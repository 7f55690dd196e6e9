package io.caimira.api.real;

import java.util.HashMap;
import java.util.Map;

/** The production calculator with a 2 000-sample Monte Carlo: for tests of input handling, not of numbers. */
public class SmallSampleProfile extends RealCalculatorProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>(super.getConfigOverrides());
    config.put("caimira.test.sample-size", "2000");
    return config;
  }
}
