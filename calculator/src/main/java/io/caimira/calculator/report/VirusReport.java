package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code results} of {@code POST /virus/report}, ready for Jackson (upstream key names and order). Non-finite
 * numbers are written as null whatever the ObjectMapper. The matplotlib figure {@code uncertainties_plot_src} of
 * upstream is not produced: the data it draws are {@code conditional_probability_data} and the histogram.
 *
 * @param model summary of the model inputs
 * @param times the time grid [h] (see {@link TimeGrid})
 * @param co2Concentrations mean CO₂ concentration at every time [ppm]; null when the scenario has no CO₂ model
 * @param groups per exposed group, in scenario order
 * @param alternativeScenarios only when requested
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"model", "times", "CO2_concentrations", "groups", "alternative_scenarios"})
public record VirusReport(
    @JsonProperty("model") ModelSummary model,
    @JsonProperty("times") @JsonSerialize(using = FiniteArraySerializer.class) double[] times,
    @JsonProperty("CO2_concentrations") @JsonSerialize(using = FiniteArraySerializer.class)
        double[] co2Concentrations,
    @JsonProperty("groups") Map<String, GroupReport> groups,
    @JsonProperty("alternative_scenarios") AlternativeScenarios alternativeScenarios) {

  public VirusReport {
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }
}
