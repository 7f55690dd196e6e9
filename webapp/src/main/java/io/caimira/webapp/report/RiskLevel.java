package io.caimira.webapp.report;

/**
 * The report's risk levels: the CERN theme's traffic light (red above 10 % or, without occupancy groups, from one
 * expected new case; orange from 2 % to 10 %; green below 2 %), and the open theme's lower, elevated and high levels
 * at the deployment's {@link RiskThresholds}. Always shown with a text label as well as a colour.
 */
public enum RiskLevel {
  GREEN("success"),
  ORANGE("warning"),
  RED("danger");

  /** Bootstrap's contextual colour name. */
  private final String colour;

  RiskLevel(String colour) {
    this.colour = colour;
  }

  /**
   * @param probability probability of infection [%]
   * @param expectedNewCases expected new cases
   * @param legacy true without occupancy groups (only then do the expected cases count)
   */
  public static RiskLevel of(double probability, double expectedNewCases, boolean legacy) {
    return of(probability, expectedNewCases, legacy, RiskThresholds.CERN);
  }

  /** As {@link #of(double, double, boolean)} with the given thresholds. */
  public static RiskLevel of(double probability, double expectedNewCases, boolean legacy, RiskThresholds t) {
    if (probability > t.highPercent() || (legacy && expectedNewCases >= t.highExpectedCases())) {
      return RED;
    }
    if (probability >= t.attentionPercent()) {
      return ORANGE;
    }
    return GREEN;
  }

  /** Bootstrap background class. */
  public String background() {
    return "bg-" + colour;
  }

  /** Bootstrap class for a coloured label with a readable text colour. */
  public String badge() {
    return "text-bg-" + colour;
  }

  /** Bootstrap class of a coloured alert (upstream colours the summary sentences). */
  public String alert() {
    return "alert-" + colour;
  }

  public boolean red() {
    return this == RED;
  }

  public boolean orange() {
    return this == ORANGE;
  }

  public boolean green() {
    return this == GREEN;
  }
}
