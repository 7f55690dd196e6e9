package io.caimira.calculator.input;

import java.util.List;

/**
 * Who is in the room and when: either the single group (total and infected people with their schedules) or,
 * when {@code occupancy} is not empty, the dynamic groups.
 *
 * @param sharedBreaks true when the infected take the exposed's breaks ({@code infected_dont_have_breaks_with_exposed}
 *     false)
 * @param specificBreaks explicit breaks, or null
 * @param occupancy dynamic groups in input order; empty for the single-group inputs
 */
public record PopulationInput(
    int totalPeople,
    int infectedPeople,
    Schedule exposed,
    Schedule infected,
    boolean sharedBreaks,
    SpecificBreaks specificBreaks,
    List<OccupancyGroup> occupancy) {

  public PopulationInput {
    occupancy = List.copyOf(occupancy);
  }

  public boolean hasOccupancy() {
    return !occupancy.isEmpty();
  }
}
