package io.caimira.calculator.input;

import java.util.List;

/**
 * One dynamic group of {@code occupancy}.
 *
 * @param presence the presence entries as given (validated: well-formed, not overlapping)
 */
public record OccupancyGroup(String id, int totalPeople, int infected, List<MinuteSpan> presence) {
  public OccupancyGroup {
    presence = List.copyOf(presence);
  }

  /** Exposed people of the group: total − infected. */
  public int exposed() {
    return totalPeople - infected;
  }
}
