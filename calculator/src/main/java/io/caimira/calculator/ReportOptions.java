package io.caimira.calculator;

/**
 * Options of a virus report that are not part of the input body.
 *
 * @param includeSamples include the raw per-sample probabilities ({@code prob_dist}); off by default
 * @param includeAlternativeScenarios compute the alternative scenarios of the report
 * @param sampleSize Monte-Carlo sample size, null for the default (250 000)
 */
public record ReportOptions(boolean includeSamples, boolean includeAlternativeScenarios, Integer sampleSize) {
  public static final ReportOptions DEFAULT = new ReportOptions(false, false, null);
}
