package io.caimira.api.real;

import java.util.HashMap;
import java.util.Map;

/**
 * The production calculator with the largest Monte-Carlo sample a request may ask for and a 300 ms time limit:
 * every report is abandoned long before it would end.
 */
public class LongReportProfile extends RealCalculatorProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>(super.getConfigOverrides());
    config.put("caimira.test.sample-size", "2000000");
    // two million samples with the alternative scenarios: about 600 MB, above the production bound
    config.put("caimira.test.max-report-memory", String.valueOf(1L << 30));
    config.put("caimira.reports.timeout", "300ms");
    config.put("caimira.reports.workers", "1");
    // the zone data are built at start-up, as in production, not by the first (abandoned) report
    config.put("caimira.weather.preload-zones", "true");
    return config;
  }
}
