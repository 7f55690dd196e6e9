package io.caimira.webapp.report;

import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.input.VirusInput;

/**
 * Which extra results the report page requests (upstream's rules): the alternative scenarios without occupancy
 * groups — shown when there is no short range; with short range only for the probabilistic exposure without
 * short-range interactions ("Base scenario without short-range interactions"). The raw samples only with the
 * conditional probability, for the histograms of viral load and P(I) of its figure ({@link ReportSeries}; the page
 * never embeds the samples).
 */
public final class ReportOptionsRule {
  private ReportOptionsRule() {}

  public static ReportOptions of(VirusInput input) {
    boolean alternatives = !input.population().hasOccupancy()
        && (!input.shortRange().enabled() || input.incidence().probabilistic());
    return new ReportOptions(input.conditionalProbability(), alternatives, null);
  }
}
