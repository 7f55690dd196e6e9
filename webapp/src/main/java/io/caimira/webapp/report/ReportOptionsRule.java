package io.caimira.webapp.report;

import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.input.VirusInput;

/**
 * Which extra results the report page requests (upstream's rules): the alternative scenarios without occupancy
 * groups — shown when there is no short range; with short range only for the probabilistic exposure without
 * short-range interactions ("Base scenario without short-range interactions"). Never the raw samples.
 */
public final class ReportOptionsRule {
  private ReportOptionsRule() {}

  public static ReportOptions of(VirusInput input) {
    boolean alternatives = !input.population().hasOccupancy()
        && (!input.shortRange().enabled() || input.incidence().probabilistic());
    return alternatives ? new ReportOptions(false, true, null) : ReportOptions.DEFAULT;
  }
}
