package io.caimira.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** A change to a valid CO₂ body: a structure-aware mutation or costly parts. */
record Change(BodyMutation mutation, Crowd crowd) {
  static Arbitrary<Change> of(String validJson) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, BodyMutations.of(validJson, BodyMutations.CO2_KEYS, HostileValues.any())
            .map(m -> new Change(m, null))),
        Tuple.of(1, Crowds.co2().map(c -> new Change(null, c))));
  }

  String apply(String validJson) {
    return mutation != null ? mutation.apply(validJson) : crowd.apply(validJson);
  }

  String kind() {
    return mutation != null ? mutation.kind() : crowd.kind();
  }

  @Override
  public String toString() {
    return String.valueOf(mutation != null ? mutation : crowd);
  }
}
