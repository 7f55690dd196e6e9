package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Total occupancy for the CO₂ fit (physics.md §3.2) and the ventilation transition times
 * (§3.3). Expected values worked out by hand from those rules.
 */
class TotalOccupancyTest {

  @Test
  void presenceBecomesAlternatingValues() {
    IntPiecewiseConstant p =
        TotalOccupancy.fromPresence(SpecificInterval.of(8.5, 11.5, 12.5, 16.5), 14);
    assertThat(p.transitionTimes()).containsExactly(8.5, 11.5, 12.5, 16.5);
    assertThat(p.values()).containsExactly(14, 0, 14);
  }

  @Test
  void touchingSpansAreRejectedAsUpstreamDoes() {
    assertThatThrownBy(() -> TotalOccupancy.fromPresence(SpecificInterval.of(9, 10, 10, 11), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition_times must not contain duplicated elements and must be sorted");
    assertThatThrownBy(() -> TotalOccupancy.fromPresence(new SpecificInterval(List.of()), 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void legacyInputsSumInfectedAndExposed() {
    // 1 infected 09:00–17:00 without lunch; 7 exposed 08:30–12:00 and 13:00–17:30
    IntPiecewiseConstant total =
        TotalOccupancy.legacy(
            SpecificInterval.of(9, 17), 1, SpecificInterval.of(8.5, 12, 13, 17.5), 8);
    assertThat(total.transitionTimes()).containsExactly(8.5, 9, 12, 13, 17, 17.5);
    assertThat(total.values()).containsExactly(7, 8, 1, 8, 7);
  }

  @Test
  void groupsAreSummedAtTheRightEndOfEachSegment() {
    IntPiecewiseConstant infected =
        new IntPiecewiseConstant(new double[] {9, 10, 12}, new int[] {1, 2});
    IntPiecewiseConstant groupA = TotalOccupancy.fromPresence(SpecificInterval.of(9.5, 11), 3);
    IntPiecewiseConstant groupB = TotalOccupancy.fromPresence(SpecificInterval.of(8, 9, 11, 13), 4);

    IntPiecewiseConstant total = TotalOccupancy.sum(List.of(infected, groupA, groupB));

    assertThat(total.transitionTimes()).containsExactly(8, 9, 9.5, 10, 11, 12, 13);
    // (8,9]: B 4; (9,9.5]: inf 1; (9.5,10]: 1+3; (10,11]: 2+3; (11,12]: 2+4; (12,13]: 4
    assertThat(total.values()).containsExactly(4, 1, 4, 5, 6, 4);
  }

  @Test
  void lastSampleTimeIsAppendedWhenMissing() {
    assertThat(
            VentilationTransitions.ventilationTransitionTimes(
                new double[] {8.5, 10.167, 12.467, 13.0}, 13.001))
        .containsExactly(8.5, 10.167, 12.467, 13.0, 13.001);
    assertThat(VentilationTransitions.ventilationTransitionTimes(new double[] {8.5, 13.0}, 13.0))
        .containsExactly(8.5, 13.0);
    assertThat(VentilationTransitions.ventilationTransitionTimes(new double[0], 13.0)).isEmpty();
  }
}
