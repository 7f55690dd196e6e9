package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Statistics of one alternative scenario (its first group).
 *
 * @param probabilityOfInfection mean probability of infection [%]
 * @param expectedNewCases mean expected new cases [people]
 * @param concentrations mean concentration at the report's times [virions/m³]
 * @param probProbabilisticExposure total-probability rule [%], when probabilistic exposure is requested
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"probability_of_infection", "expected_new_cases", "concentrations", "prob_probabilistic_exposure"})
public record AlternativeScenarioStats(
    @JsonProperty("probability_of_infection") @JsonSerialize(using = FiniteSerializer.class)
        double probabilityOfInfection,
    @JsonProperty("expected_new_cases") @JsonSerialize(using = FiniteSerializer.class) double expectedNewCases,
    @JsonProperty("concentrations") @JsonSerialize(using = FiniteArraySerializer.class) double[] concentrations,
    @JsonProperty("prob_probabilistic_exposure") @JsonSerialize(using = FiniteSerializer.class)
        Double probProbabilisticExposure) {}
