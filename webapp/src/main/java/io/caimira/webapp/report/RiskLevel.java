package io.caimira.webapp.report;

/**
 * The CERN theme's traffic light: red above 10 % or, without occupancy groups, from one expected new case; orange
 * from 2 % to 10 %; green below 2 %. Shown with a text label as well as a colour.
 */
public enum RiskLevel {
  GREEN("success"),
  ORANGE("warning"),
  RED("danger");

  static final double ORANGE_LIMIT = 2;
  static final double RED_LIMIT = 10;

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
    if (probability > RED_LIMIT || (legacy && expectedNewCases >= 1)) {
      return RED;
    }
    if (probability >= ORANGE_LIMIT) {
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
