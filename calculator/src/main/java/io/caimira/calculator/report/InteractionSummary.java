package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.shortrange.ShortRangeModel;

/**
 * A short-range interaction: expiration, when [h], the infected person's breathing during it [m³/h] and the
 * face-to-face distance [m].
 */
@JsonPropertyOrder({"expiration", "start", "end", "activity", "distance"})
public record InteractionSummary(
    @JsonProperty("expiration") ExpirationSummary expiration,
    @JsonProperty("start") @JsonSerialize(using = FiniteSerializer.class) double start,
    @JsonProperty("end") @JsonSerialize(using = FiniteSerializer.class) double end,
    @JsonProperty("activity") ActivitySummary activity,
    @JsonProperty("distance") SampleStats distance) {

  public static InteractionSummary of(ShortRangeModel sr) {
    return new InteractionSummary(ExpirationSummary.of(sr.expiration()), sr.presence().start(), sr.presence().end(),
        ActivitySummary.of(sr.activity()), SampleStats.of(sr.distance()));
  }
}
