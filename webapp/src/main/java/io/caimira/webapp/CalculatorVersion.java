package io.caimira.webapp;

/**
 * The version of CAiMIRA's calculator that this server reproduces (its form, model and report), shown in the
 * report's header. The report never shows the form's {@code calculator_version}: that value comes from the client
 * (webapp.md §7.2) and is kept in links only for compatibility with upstream's.
 */
public final class CalculatorVersion {
  public static final String VERSION = "4.19.0";

  private CalculatorVersion() {}
}
