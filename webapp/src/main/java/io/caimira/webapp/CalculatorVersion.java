package io.caimira.webapp;

import io.quarkus.qute.TemplateGlobal;

/**
 * The version of CAiMIRA's calculator that this server reproduces (its form, model and report), shown in the
 * report's header. The report never shows the form's {@code calculator_version}: that value comes from the client
 * (webapp.md §7.2) and is kept in links only for compatibility with upstream's; the form shows and sends this
 * value.
 */
public final class CalculatorVersion {
  /** Also a template global, {@code calculatorVersion}, for the form. */
  @TemplateGlobal(name = "calculatorVersion")
  public static final String VERSION = "4.19.0";

  private CalculatorVersion() {}
}
