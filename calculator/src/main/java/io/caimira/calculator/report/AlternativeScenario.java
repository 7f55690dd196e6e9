package io.caimira.calculator.report;

import java.util.Objects;

/**
 * One alternative scenario of a report: its display name and the input choices to build it with. Everything not
 * in {@link ScenarioDescription} stays as in the original input, except for
 * {@link #removeShortRangeOccupants()}.
 *
 * @param name the name shown in the report (upstream's names, e.g. "Neither ventilation nor masks")
 * @param inputs the input choices of the variant
 * @param removeShortRangeOccupants for "Base scenario without short-range interactions": the interactions are
 *     removed and the people who took part in them ({@code short_range_occupants}) leave the room — legacy mode:
 *     {@code total_people − short_range_occupants}; with occupancy, each group named in the interactions loses
 *     them when total &gt; occupants &gt; 0 (upstream's rule)
 */
public record AlternativeScenario(String name, ScenarioDescription inputs, boolean removeShortRangeOccupants) {

  public AlternativeScenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputs, "inputs");
  }
}
