package io.caimira.webapp.report;

import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.ShortRangeInteractions;
import java.util.Locale;

/**
 * The numbers of one exposed group as the report shows them: the long-range bubble (the whole result without short
 * range), the short-range bubble, the probabilistic exposure and the CERN risk levels.
 *
 * @param probInf probability of infection, short range included [%], full precision
 * @param longRangeProb probability without short range [%] (= probInf without short range)
 * @param longRangeProbabilistic probabilistic exposure without short range [%], or null
 * @param probabilistic probabilistic exposure [%], or null
 * @param zoomable the plot offers "Hide high concentration" (a Speaking or Shouting interaction)
 */
public record GroupView(
    String id,
    int index,
    double probInf,
    double expectedNewCases,
    double probInfSd,
    boolean shortRange,
    double longRangeProb,
    double longRangeExpected,
    Double longRangeProbabilistic,
    Double probabilistic,
    boolean zoomable,
    double maxConcentration,
    double finalDose,
    RiskLevel risk,
    RiskLevel longRangeRisk,
    Locale locale) {

  /**
   * @param longRangeProbabilistic the probabilistic exposure without short range, from the alternative scenario
   *     "Base scenario without short-range interactions" (null when not computed)
   */
  public static GroupView of(String id, int index, GroupReport g, boolean legacy, Double longRangeProbabilistic,
      Locale locale) {
    return of(id, index, g, legacy, longRangeProbabilistic, RiskThresholds.CERN, locale);
  }

  /** As above, with the risk levels at {@code thresholds}. */
  public static GroupView of(String id, int index, GroupReport g, boolean legacy, Double longRangeProbabilistic,
      RiskThresholds thresholds, Locale locale) {
    boolean sr = g.longRangeProb() != null;
    double lrProb = sr ? g.longRangeProb() : g.probInf();
    double lrCases = sr ? g.longRangeExpectedNewCases() : g.expectedNewCases();
    boolean zoomable = sr && g.shortRangeInteractions().stream().map(ShortRangeInteractions::expiration)
        .anyMatch(e -> e.equals("Speaking") || e.equals("Shouting"));
    Double lrProbabilistic = sr ? longRangeProbabilistic : g.probProbabilisticExposure();
    return new GroupView(id, index, g.probInf(), g.expectedNewCases(), g.probInfSd(), sr, lrProb, lrCases,
        lrProbabilistic, g.probProbabilisticExposure(), zoomable, max(g.concentrations()),
        g.cumulativeDoses().length == 0 ? 0 : g.cumulativeDoses()[g.cumulativeDoses().length - 1],
        RiskLevel.of(g.probInf(), g.expectedNewCases(), legacy, thresholds),
        RiskLevel.of(lrProb, lrCases, legacy, thresholds), locale);
  }

  static double max(double[] values) {
    double max = 0;
    for (double v : values) {
      if (v > max) {
        max = v;
      }
    }
    return max;
  }

  public String maxConcentrationText() {
    return String.format(locale, "%.3g", maxConcentration);
  }

  public String finalDoseText() {
    return String.format(locale, "%.3g", finalDose);
  }

  /** Element id suffix: the index, as group ids are free text. */
  public String key() {
    return "g" + index;
  }

  /**
   * The probability of infection as a natural frequency, "about k in d" exposed people: d is 100, 1 000 or 10 000,
   * the smallest that gives k ≥ 1; null below 1 in 10 000 (the template says "fewer than 1 in 10 000").
   */
  public Frequency frequency() {
    for (int d = 100; d <= 10_000; d *= 10) {
      long k = Math.round(probInf * d / 100);
      if (k >= 1) {
        java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(locale);
        return new Frequency(f.format(k), f.format(d));
      }
    }
    return null;
  }

  /** "about {count} in {of}", formatted for the page's language. */
  public record Frequency(String count, String of) {}

  public String probInfText() {
    return ReportFormat.nonZeroPercentage(probInf, locale);
  }

  public String expectedText() {
    return ReportFormat.floatFormat(expectedNewCases, locale);
  }

  public String longRangeProbText() {
    return ReportFormat.nonZeroPercentage(longRangeProb, locale);
  }

  public String longRangeExpectedText() {
    return ReportFormat.floatFormat(longRangeExpected, locale);
  }

  public String probabilisticText() {
    return probabilistic == null ? null : ReportFormat.nonZeroPercentage(probabilistic, locale);
  }

  public String longRangeProbabilisticText() {
    return longRangeProbabilistic == null ? null : ReportFormat.nonZeroPercentage(longRangeProbabilistic, locale);
  }

  /** Mean P(I) [%] for the histogram's title, as the headline shows it. */
  public String meanText() {
    return ReportFormat.nonZeroPercentage(probInf, locale);
  }

  /** Mean P(I) [%] with 1 decimal, as upstream's uncertainty figure labels its distribution. */
  public String meanPercentText() {
    return String.format(locale, "%.1f", probInf);
  }

  /** Standard deviation of P(I) over the samples [%], to the headline's precision. */
  public String sdText() {
    return ReportFormat.nonZeroPercentage(probInfSd, locale);
  }
}
