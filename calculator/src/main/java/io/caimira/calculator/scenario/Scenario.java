package io.caimira.calculator.scenario;

import io.caimira.model.concentration.Co2ConcentrationModel;
import io.caimira.model.exposure.ExposureModel;
import java.util.List;

/**
 * A virus-report input turned into models: what the report computes from.
 *
 * @param groups the exposed groups in report order ({@code group_1} in legacy mode), each with its exposure model
 * @param co2 the CO₂ model of the whole room (all occupants), for the CO₂ curve
 * @param probabilisticExposure whether the total-probability rule (incidence) is requested
 * @param conditionalProbability whether P(I) binned by viral load is requested
 * @param sampleSize Monte-Carlo sample size used
 * @param seed the seed the samples were drawn with (reports are reproducible from it)
 */
public record Scenario(
    List<Group> groups,
    Co2ConcentrationModel co2,
    boolean probabilisticExposure,
    boolean conditionalProbability,
    int sampleSize,
    long seed,
    String weatherStation) {

  public Scenario {
    groups = List.copyOf(groups);
  }

  /** One exposed group: its identifier and its exposure model (short-range interactions included). */
  public record Group(String id, ExposureModel exposure) {}
}
