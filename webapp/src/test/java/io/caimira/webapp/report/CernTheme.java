package io.caimira.webapp.report;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The CERN theme ({@code CAIMIRA_THEME=cern}). */
public class CernTheme implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("CAIMIRA_THEME", "cern");
  }
}
