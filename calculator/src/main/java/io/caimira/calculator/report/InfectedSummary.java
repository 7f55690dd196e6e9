package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.VirusSource;
import io.caimira.model.time.Span;
import java.util.List;

/**
 * One infected population: a fixed number or a piecewise occupancy, presence [h], breathing [m³/h],
 * expiration, mask, virus and host immunity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"number", "occupancy", "presence", "activity", "expiration", "mask", "virus", "host_immunity"})
public record InfectedSummary(
    @JsonProperty("number") Integer number,
    @JsonProperty("occupancy") Profile occupancy,
    @JsonProperty("presence") @JsonSerialize(using = FiniteIntervalsSerializer.class) List<Span> presence,
    @JsonProperty("activity") ActivitySummary activity,
    @JsonProperty("expiration") ExpirationSummary expiration,
    @JsonProperty("mask") MaskSummary mask,
    @JsonProperty("virus") VirusSummary virus,
    @JsonProperty("host_immunity") SampleStats hostImmunity) {

  /** The summary of {@code s}; {@code shortRange}: whether short-range interactions use its inhalation rate. */
  public static InfectedSummary of(VirusSource s, boolean shortRange) {
    Integer number = s.headcount() instanceof Headcount.Fixed f ? f.number() : null;
    Profile occupancy = s.headcount() instanceof Headcount.Varying v ? Profile.of(v.number()) : null;
    InfectedPopulation infected = s instanceof InfectedPopulation p ? p : null;
    ActivitySummary activity =
        shortRange ? ActivitySummary.of(s.activity()) : ActivitySummary.exhalation(s.activity());
    return new InfectedSummary(number, occupancy, s.presenceInterval().boundaries(), activity,
        infected == null ? null : ExpirationSummary.of(infected.expiration()), MaskSummary.of(s.mask()),
        VirusSummary.of(s.virus()), infected == null ? null : SampleStats.of(infected.hostImmunity()));
  }
}
