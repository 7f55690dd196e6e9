package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.caimira.model.population.Activity;

/**
 * Breathing rates of a physical activity [m³/h]: the rates that enter the model, which are the drawn ones — the
 * exhalation of the infected (and their inhalation when there are short-range interactions, whose dose uses it),
 * the inhalation of the exposed. A rate the model does not use is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"inhalation_rate", "exhalation_rate"})
public record ActivitySummary(
    @JsonProperty("inhalation_rate") SampleStats inhalationRate,
    @JsonProperty("exhalation_rate") SampleStats exhalationRate) {

  /** Both rates. */
  public static ActivitySummary of(Activity a) {
    return new ActivitySummary(SampleStats.of(a.inhalationRate()), SampleStats.of(a.exhalationRate()));
  }

  /** The exhalation rate only. */
  public static ActivitySummary exhalation(Activity a) {
    return new ActivitySummary(null, SampleStats.of(a.exhalationRate()));
  }

  /** The inhalation rate only. */
  public static ActivitySummary inhalation(Activity a) {
    return new ActivitySummary(SampleStats.of(a.inhalationRate()), null);
  }
}
