package io.caimira.webapp.report;

import java.util.Locale;

/** One row of the alternative scenarios table. */
public record ScenarioRow(String name, double probability, double expectedNewCases, RiskLevel risk, Locale locale) {

  public String probabilityText() {
    return ReportFormat.nonZeroPercentage(probability, locale);
  }

  public String expectedText() {
    return ReportFormat.floatFormat(expectedNewCases, locale);
  }
}
