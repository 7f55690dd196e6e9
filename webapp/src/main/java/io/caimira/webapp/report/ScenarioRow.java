package io.caimira.webapp.report;

import java.util.Locale;

/**
 * One row of the alternative scenarios table.
 *
 * @param name the scenario's name in the API's answer (English; the row's key)
 * @param label the name as the page shows it, in its language
 */
public record ScenarioRow(String name, String label, double probability, double expectedNewCases, RiskLevel risk,
    Locale locale) {

  public String probabilityText() {
    return ReportFormat.nonZeroPercentage(probability, locale);
  }

  public String expectedText() {
    return ReportFormat.floatFormat(expectedNewCases, locale);
  }
}
