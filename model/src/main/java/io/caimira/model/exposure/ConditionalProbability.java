package io.caimira.model.exposure;

import io.caimira.model.sample.Samples;
import java.util.Arrays;

/**
 * The probability of infection conditional on the infected person's viral load: the Monte-Carlo samples are
 * binned by log10(viral load) and, for each bin, the mean and the 5th and 95th percentiles of the probability of
 * the samples in it are reported (upstream: {@code conditional_prob_inf_given_vl_dist} of its virus report).
 *
 * <p>A bin centred on x with width {@code step} holds the samples whose log10 viral load lies strictly inside
 * (x − step/2, x + step/2). Percentiles use linear interpolation between order statistics (numpy's default).
 * A bin without samples has NaN statistics.
 *
 * @param log10ViralLoads the bin centres
 * @param means mean probability per bin, in the unit of the probabilities given
 * @param lowerPercentiles 5th percentile per bin
 * @param upperPercentiles 95th percentile per bin
 */
public record ConditionalProbability(
    double[] log10ViralLoads, double[] means, double[] lowerPercentiles, double[] upperPercentiles) {

  public static final double LOWER_QUANTILE = 0.05;
  public static final double UPPER_QUANTILE = 0.95;

  /** The report's bins: centres 2, 2.08, …, 9.92 (100 bins of width 0.08 spanning log10 viral loads 2–10). */
  public static final int REPORT_BINS = 100;
  public static final double REPORT_MIN = 2;
  public static final double REPORT_MAX = 10;

  /**
   * Statistics of {@code probability} per viral-load bin.
   *
   * @param probability probability of infection per sample
   * @param viralLoad viral load per sample [RNA copies/mL] (log10 is taken here)
   * @param log10Centres bin centres
   * @param step bin width in log10 units
   */
  public static ConditionalProbability of(
      Samples probability, Samples viralLoad, double[] log10Centres, double step) {
    int n = Samples.broadcastSize(probability, viralLoad);
    double[] logs = new double[n];
    for (int i = 0; i < n; i++) {
      logs[i] = Math.log10(viralLoad.get(i));
    }
    int bins = log10Centres.length;
    double[] means = new double[bins];
    double[] lower = new double[bins];
    double[] upper = new double[bins];
    double[] selected = new double[n];
    for (int b = 0; b < bins; b++) {
      double from = log10Centres[b] - step / 2;
      double to = log10Centres[b] + step / 2;
      int count = 0;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        if ((from - logs[i]) * (to - logs[i]) < 0) {
          double p = probability.get(i);
          selected[count++] = p;
          sum += p;
        }
      }
      if (count == 0) {
        means[b] = lower[b] = upper[b] = Double.NaN;
        continue;
      }
      means[b] = sum / count;
      double[] sorted = Arrays.copyOf(selected, count);
      Arrays.sort(sorted);
      lower[b] = quantile(sorted, LOWER_QUANTILE);
      upper[b] = quantile(sorted, UPPER_QUANTILE);
    }
    return new ConditionalProbability(log10Centres.clone(), means, lower, upper);
  }

  /** The report's binning: {@link #REPORT_BINS} bins of width 0.08 centred on 2, 2.08, …, 9.92. */
  public static ConditionalProbability forReport(Samples probability, Samples viralLoad) {
    double step = (REPORT_MAX - REPORT_MIN) / REPORT_BINS;
    double[] centres = new double[REPORT_BINS];
    for (int b = 0; b < REPORT_BINS; b++) {
      centres[b] = REPORT_MIN + b * step;
    }
    return of(probability, viralLoad, centres, step);
  }

  /** Linear-interpolation quantile of sorted values: h = (n − 1)·q, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
  public static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
