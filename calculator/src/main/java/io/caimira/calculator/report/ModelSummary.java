package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.concentration.ConcentrationModel;
import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.exposure.ExposureModel;
import java.util.List;

/**
 * The {@code model} output: a structured summary of the resolved model inputs (decided deviation 8; upstream
 * returns the Python repr of the first exposure model). Sampled inputs are summarised by {@link SampleStats}.
 * Room, ventilation, infected and geographic data are those of the first group (all groups share them);
 * {@code weather_station} says where the outside temperatures of natural ventilation come from.
 */
@JsonPropertyOrder({"room", "ventilation", "infected", "exposed_groups", "geographic_data", "weather_station",
    "sample_size", "seed"})
public record ModelSummary(
    @JsonProperty("room") RoomSummary room,
    @JsonProperty("ventilation") List<VentilationSummary> ventilation,
    @JsonProperty("infected") List<InfectedSummary> infected,
    @JsonProperty("exposed_groups") List<ExposedGroupSummary> exposedGroups,
    @JsonProperty("geographic_data") GeographicSummary geographicData,
    @JsonProperty("weather_station") @JsonInclude(JsonInclude.Include.NON_NULL) String weatherStation,
    @JsonProperty("sample_size") int sampleSize,
    @JsonProperty("seed") long seed) {

  public static ModelSummary of(Scenario scenario) {
    ExposureModel first = scenario.groups().get(0).exposure();
    LongRangeConcentration c = first.concentrationModels().get(0);
    List<VentilationSummary> ventilation =
        c instanceof ConcentrationModel m ? VentilationSummary.of(m.ventilation()) : List.of();
    boolean shortRange = !first.shortRange().isEmpty();
    List<InfectedSummary> infected =
        first.concentrationModels().stream().map(x -> InfectedSummary.of(x.infected(), shortRange)).toList();
    List<ExposedGroupSummary> groups =
        scenario.groups().stream().map(g -> ExposedGroupSummary.of(g.id(), g.exposure())).toList();
    return new ModelSummary(RoomSummary.of(first.room()), ventilation, infected, groups,
        GeographicSummary.of(first.geographicalData()), scenario.weatherStation(), scenario.sampleSize(),
        scenario.seed());
  }
}
