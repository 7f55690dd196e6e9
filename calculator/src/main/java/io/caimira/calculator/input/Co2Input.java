package io.caimira.calculator.input;

import java.util.List;

/**
 * A validated body of {@code POST /co2/transition_times} or {@code POST /co2/report} ({@link Co2InputParser}).
 *
 * @param fittingVentilationStates ventilation transition times chosen for the fit [h] (may be empty: only the
 *     fit requires them)
 * @param roomCapacity room capacity (> 0), or null
 */
public record Co2Input(
    Co2Data data,
    List<Double> fittingVentilationStates,
    Integer roomCapacity,
    double roomVolume,
    PopulationInput population) {

  public Co2Input {
    fittingVentilationStates = List.copyOf(fittingVentilationStates);
  }
}
