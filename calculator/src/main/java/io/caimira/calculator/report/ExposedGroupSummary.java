package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.time.Span;
import java.util.List;

/**
 * One exposed group: id, number, presence [h], breathing [m³/h], mask, host immunity (vaccination) [0..1], how many
 * take part in short-range interactions, and the interactions.
 */
@JsonPropertyOrder({"id", "number", "presence", "activity", "mask", "host_immunity", "exposed_to_short_range",
    "short_range_interactions"})
public record ExposedGroupSummary(
    @JsonProperty("id") String id,
    @JsonProperty("number") int number,
    @JsonProperty("presence") @JsonSerialize(using = FiniteIntervalsSerializer.class) List<Span> presence,
    @JsonProperty("activity") ActivitySummary activity,
    @JsonProperty("mask") MaskSummary mask,
    @JsonProperty("host_immunity") SampleStats hostImmunity,
    @JsonProperty("exposed_to_short_range") int exposedToShortRange,
    @JsonProperty("short_range_interactions") List<InteractionSummary> shortRangeInteractions) {

  public static ExposedGroupSummary of(String id, ExposureModel m) {
    ExposedPopulation e = m.exposed();
    return new ExposedGroupSummary(id, e.number(), e.presenceInterval().boundaries(), ActivitySummary.inhalation(e.activity()),
        MaskSummary.of(e.mask()), SampleStats.of(e.hostImmunity()), m.exposedToShortRange(),
        m.shortRange().stream().map(InteractionSummary::of).toList());
  }
}
