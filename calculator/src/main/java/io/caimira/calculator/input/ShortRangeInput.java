package io.caimira.calculator.input;

import java.util.List;

/**
 * Short-range interactions.
 *
 * @param enabled {@code short_range_option == short_range_yes}
 * @param occupants {@code short_range_occupants}: exposed people of every group having the interactions
 * @param interactions in input order (empty when not enabled)
 */
public record ShortRangeInput(boolean enabled, int occupants, List<ShortRangeInteraction> interactions) {
  public ShortRangeInput {
    interactions = List.copyOf(interactions);
  }
}
