package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.sample.Samples;

/**
 * Summary of a model input that may be a Monte-Carlo sample: mean, population standard deviation, minimum and
 * maximum (a fixed value has sd 0 and min = max = mean).
 */
@JsonPropertyOrder({"mean", "sd", "min", "max"})
public record SampleStats(
    @JsonProperty("mean") @JsonSerialize(using = FiniteSerializer.class) double mean,
    @JsonProperty("sd") @JsonSerialize(using = FiniteSerializer.class) double sd,
    @JsonProperty("min") @JsonSerialize(using = FiniteSerializer.class) double min,
    @JsonProperty("max") @JsonSerialize(using = FiniteSerializer.class) double max) {

  /** The summary of {@code samples}, or null when there are none. */
  public static SampleStats of(Samples samples) {
    if (samples == null) {
      return null;
    }
    Samples.Summary summary = samples.summary();
    return new SampleStats(summary.mean(), summary.sd(), summary.min(), summary.max());
  }
}
