package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.caimira.model.population.Cases;

/** Local incidence used by the probabilistic exposure (all 0 when not given). */
@JsonPropertyOrder({"geographic_population", "geographic_cases", "ascertainment_bias"})
public record GeographicSummary(
    @JsonProperty("geographic_population") int geographicPopulation,
    @JsonProperty("geographic_cases") int geographicCases,
    @JsonProperty("ascertainment_bias") int ascertainmentBias) {

  public static GeographicSummary of(Cases c) {
    return new GeographicSummary(c.geographicPopulation(), c.geographicCases(), c.ascertainmentBias());
  }
}
