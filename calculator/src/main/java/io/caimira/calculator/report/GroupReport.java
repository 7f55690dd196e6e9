package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.time.Span;
import java.util.List;

/**
 * The results of one exposed group, in upstream's key order. Optional keys are null when absent (and then left
 * out of the JSON); see docs/api-outputs.md for when each is present.
 *
 * @param probInf mean individual probability of infection, short range included [%]
 * @param probInfSd its population standard deviation over the samples [%]
 * @param probDist the probability of every sample [%]; only when the raw samples are requested
 * @param probHistCount density histogram of the probability fractions (100 values)
 * @param probHistBins the 101 histogram edges, as fractions 0..1
 * @param expectedNewCases mean expected number of new cases [people]
 * @param exposedPresenceIntervals presence of the group, in input order [h]
 * @param conditionalProbabilityData P(I) by viral load, when requested
 * @param probProbabilisticExposure total-probability rule with incidence [%], when requested
 * @param longRangeProb mean probability without the short-range interactions [%], with short range only
 * @param longRangeExpectedNewCases expected new cases without the short-range interactions, with short range only
 * @param shortRangeInteractions interactions grouped by expiration name, with short range only
 * @param concentrations mean concentration at every report time [virions/m³]
 * @param cumulativeDoses mean dose accumulated from the first time to each later time [infectious virions]
 * @param concentrationsZoomed the concentration during Breathing interactions, the long-range one elsewhere
 * @param longRangeCumulativeDoses cumulative dose without the short-range interactions, with short range only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "prob_inf",
  "prob_inf_sd",
  "prob_dist",
  "prob_hist_count",
  "prob_hist_bins",
  "expected_new_cases",
  "exposed_presence_intervals",
  "conditional_probability_data",
  "prob_probabilistic_exposure",
  "long_range_prob",
  "long_range_expected_new_cases",
  "short_range_interactions",
  "concentrations",
  "cumulative_doses",
  "concentrations_zoomed",
  "long_range_cumulative_doses"
})
public record GroupReport(
    @JsonProperty("prob_inf") @JsonSerialize(using = FiniteSerializer.class) double probInf,
    @JsonProperty("prob_inf_sd") @JsonSerialize(using = FiniteSerializer.class) double probInfSd,
    @JsonProperty("prob_dist") @JsonSerialize(using = FiniteArraySerializer.class) double[] probDist,
    @JsonProperty("prob_hist_count") @JsonSerialize(using = FiniteArraySerializer.class) double[] probHistCount,
    @JsonProperty("prob_hist_bins") @JsonSerialize(using = FiniteArraySerializer.class) double[] probHistBins,
    @JsonProperty("expected_new_cases") @JsonSerialize(using = FiniteSerializer.class) double expectedNewCases,
    @JsonProperty("exposed_presence_intervals") @JsonSerialize(using = FiniteIntervalsSerializer.class)
        List<Span> exposedPresenceIntervals,
    @JsonProperty("conditional_probability_data") ConditionalProbabilityData conditionalProbabilityData,
    @JsonProperty("prob_probabilistic_exposure") @JsonSerialize(using = FiniteSerializer.class)
        Double probProbabilisticExposure,
    @JsonProperty("long_range_prob") @JsonSerialize(using = FiniteSerializer.class) Double longRangeProb,
    @JsonProperty("long_range_expected_new_cases") @JsonSerialize(using = FiniteSerializer.class)
        Double longRangeExpectedNewCases,
    @JsonProperty("short_range_interactions") List<ShortRangeInteractions> shortRangeInteractions,
    @JsonProperty("concentrations") @JsonSerialize(using = FiniteArraySerializer.class) double[] concentrations,
    @JsonProperty("cumulative_doses") @JsonSerialize(using = FiniteArraySerializer.class) double[] cumulativeDoses,
    @JsonProperty("concentrations_zoomed") @JsonSerialize(using = FiniteArraySerializer.class)
        double[] concentrationsZoomed,
    @JsonProperty("long_range_cumulative_doses") @JsonSerialize(using = FiniteArraySerializer.class)
        double[] longRangeCumulativeDoses) {

  public GroupReport {
    exposedPresenceIntervals = List.copyOf(exposedPresenceIntervals);
    shortRangeInteractions = shortRangeInteractions == null ? null : List.copyOf(shortRangeInteractions);
  }
}
