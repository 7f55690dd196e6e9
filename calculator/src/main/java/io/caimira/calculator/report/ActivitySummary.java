package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.caimira.model.population.Activity;

/** Breathing rates of a physical activity [m³/h]. */
@JsonPropertyOrder({"inhalation_rate", "exhalation_rate"})
public record ActivitySummary(
    @JsonProperty("inhalation_rate") SampleStats inhalationRate,
    @JsonProperty("exhalation_rate") SampleStats exhalationRate) {

  public static ActivitySummary of(Activity a) {
    return new ActivitySummary(SampleStats.of(a.inhalationRate()), SampleStats.of(a.exhalationRate()));
  }
}
