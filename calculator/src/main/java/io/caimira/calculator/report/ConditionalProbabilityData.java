package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.sample.Samples;

/**
 * Infection probability conditional on the infected person's viral load ({@code conditional_probability_data}):
 * the samples are binned by log10 viral load into the open bins (v − 0.04, v + 0.04) around v =
 * {@code np.arange(2, 10, 0.08)}, a sample lying in a bin when (v − step/2 − x)·(v + step/2 − x) &lt; 0 (as
 * upstream computes it); per bin the mean and the 5th and 95th percentiles ({@code np.quantile}, linear) of P(I)
 * [%]. An empty bin has null statistics (upstream would fail on it).
 *
 * @param viralLoads the 100 bin centres, log10 RNA copies/mL
 * @param piMeans mean P(I) per bin [%]
 * @param lowerPercentiles 5th percentile per bin [%]
 * @param upperPercentiles 95th percentile per bin [%]
 * @param log10ViralLoads log10 viral load of every sample; null unless the raw samples are requested
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"viral_loads", "pi_means", "lower_percentiles", "upper_percentiles", "log10_vl_in_sputum"})
public record ConditionalProbabilityData(
    @JsonProperty("viral_loads") @JsonSerialize(using = FiniteArraySerializer.class) double[] viralLoads,
    @JsonProperty("pi_means") @JsonSerialize(using = FiniteArraySerializer.class) double[] piMeans,
    @JsonProperty("lower_percentiles") @JsonSerialize(using = FiniteArraySerializer.class) double[] lowerPercentiles,
    @JsonProperty("upper_percentiles") @JsonSerialize(using = FiniteArraySerializer.class) double[] upperPercentiles,
    @JsonProperty("log10_vl_in_sputum") @JsonSerialize(using = FiniteArraySerializer.class)
        double[] log10ViralLoads) {

  public static final double MIN_LOG10 = 2;
  public static final double MAX_LOG10 = 10;
  public static final int BINS = 100;
  public static final double LOWER_QUANTILE = 0.05;
  public static final double UPPER_QUANTILE = 0.95;

  /**
   * The statistics of {@code probability} [%] binned by the log10 of {@code viralLoad} [RNA copies/mL], in one
   * pass over the samples (each sample is tested against the bin its value points to and the two neighbours, with
   * upstream's exact predicate).
   */
  public static ConditionalProbabilityData of(double[] probability, Samples viralLoad, boolean includeSamples) {
    int n = probability.length;
    double step = (MAX_LOG10 - MIN_LOG10) / BINS;
    double[] centres = NumpySemantics.arange(MIN_LOG10, MAX_LOG10, step);
    int bins = centres.length;
    double[] lowEdge = new double[bins];
    double[] highEdge = new double[bins];
    for (int b = 0; b < bins; b++) {
      lowEdge[b] = centres[b] - step / 2;
      highEdge[b] = centres[b] + step / 2;
    }
    double[] logs = new double[n];
    int[] count = new int[bins];
    // a sample may lie in two bins only if two bins overlap by rounding; keep up to two memberships
    int[] binA = new int[n];
    int[] binB = new int[n];
    for (int i = 0; i < n; i++) {
      double x = Math.log10(viralLoad.get(i));
      logs[i] = x;
      binA[i] = -1;
      binB[i] = -1;
      if (!Double.isFinite(x)) {
        continue;
      }
      int guess = (int) Math.floor((x - lowEdge[0]) / step);
      for (int b = Math.max(0, guess - 1); b <= Math.min(bins - 1, guess + 1); b++) {
        if ((lowEdge[b] - x) * (highEdge[b] - x) < 0) {
          if (binA[i] < 0) {
            binA[i] = b;
          } else {
            binB[i] = b;
          }
          count[b]++;
        }
      }
    }
    double[][] members = new double[bins][];
    for (int b = 0; b < bins; b++) {
      members[b] = new double[count[b]];
    }
    int[] filled = new int[bins];
    for (int i = 0; i < n; i++) {
      if (binA[i] >= 0) {
        members[binA[i]][filled[binA[i]]++] = probability[i];
      }
      if (binB[i] >= 0) {
        members[binB[i]][filled[binB[i]]++] = probability[i];
      }
    }
    double[] means = new double[bins];
    double[] lower = new double[bins];
    double[] upper = new double[bins];
    for (int b = 0; b < bins; b++) {
      double[] m = members[b];
      double sum = 0;
      for (double p : m) {
        sum += p;
      }
      means[b] = m.length == 0 ? Double.NaN : sum / m.length;
      // two order statistics each, by selection rather than a sort of the bin (the same values)
      lower[b] = NumpySemantics.quantileOfUnsorted(m, LOWER_QUANTILE);
      upper[b] = NumpySemantics.quantileOfUnsorted(m, UPPER_QUANTILE);
    }
    return new ConditionalProbabilityData(centres, means, lower, upper, includeSamples ? logs : null);
  }
}
