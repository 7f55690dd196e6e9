package io.caimira.calculator.co2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Answer of {@code POST /co2/transition_times} (api.md §7.3).
 *
 * @param occupancyTimes every transition time of the total occupancy [h]
 * @param ventilationTimes the change points detected in the CO₂ data [h], sorted
 * @param totalTimes first and last occupancy times with the ventilation times, sorted
 */
public record TransitionTimes(
    @JsonProperty("occupancy_times") List<Double> occupancyTimes,
    @JsonProperty("ventilation_times") List<Double> ventilationTimes,
    @JsonProperty("total_times") List<Double> totalTimes) {

  public TransitionTimes {
    occupancyTimes = List.copyOf(occupancyTimes);
    ventilationTimes = List.copyOf(ventilationTimes);
    totalTimes = List.copyOf(totalTimes);
  }
}
