package io.caimira.webapp.report;

import java.util.Locale;

/**
 * Where the report's risk levels change: "attention" (elevated) from {@code attentionPercent} probability of
 * infection, "high" above {@code highPercent} or, without occupancy groups, from {@code highExpectedCases} expected
 * new cases. The CERN theme applies CERN's rule ({@link #CERN}); the open theme takes the deployment's
 * {@code CAIMIRA_RISK_THRESHOLDS} ("attention %, high %, expected cases", e.g. "2,10,1"), CERN's values by default.
 */
public record RiskThresholds(double attentionPercent, double highPercent, double highExpectedCases) {
  /** CERN's rule: 2 %, 10 %, one expected new case. */
  public static final RiskThresholds CERN = new RiskThresholds(2, 10, 1);

  public RiskThresholds {
    if (!(attentionPercent > 0 && attentionPercent < highPercent && highPercent <= 100)) {
      throw new IllegalArgumentException("The risk thresholds need 0 < attention < high <= 100 (percent), got "
          + attentionPercent + " and " + highPercent);
    }
    if (!(highExpectedCases > 0 && highExpectedCases <= 1e6)) {
      throw new IllegalArgumentException("The expected-cases threshold must be positive, got " + highExpectedCases);
    }
  }

  /**
   * Reads "attention, high, cases", e.g. "2,10,1" (spaces allowed).
   *
   * @throws IllegalArgumentException naming {@code CAIMIRA_RISK_THRESHOLDS} and what is wrong
   */
  public static RiskThresholds parse(String text) {
    String[] parts = text.trim().split("\\s*,\\s*");
    if (parts.length != 3) {
      throw new IllegalArgumentException("CAIMIRA_RISK_THRESHOLDS must be three numbers \"attention %, high %, "
          + "expected cases\", e.g. \"2,10,1\"; got \"" + text + "\"");
    }
    try {
      return new RiskThresholds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
          Double.parseDouble(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CAIMIRA_RISK_THRESHOLDS must be three numbers, got \"" + text + "\"", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("CAIMIRA_RISK_THRESHOLDS: " + e.getMessage(), e);
    }
  }

  /** A threshold as the report writes it: "2", "2.5" ("2,5" in French). */
  static String text(double value, Locale locale) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }

  public String attentionText(Locale locale) {
    return text(attentionPercent, locale);
  }

  public String highText(Locale locale) {
    return text(highPercent, locale);
  }

  public String casesText(Locale locale) {
    return text(highExpectedCases, locale);
  }
}
