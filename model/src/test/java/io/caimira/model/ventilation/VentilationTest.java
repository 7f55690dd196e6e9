package io.caimira.model.ventilation;

import static io.caimira.model.Tolerance.assertRelClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Port of upstream caimira/tests/test_ventilation.py (physics.md §1.3).
 *
 * <p>Not ported: the vectorisation case with an outside temperature whose values are arrays — our
 * PiecewiseConstant holds scalar values only, by design.
 */
class VentilationTest {
  private static final SpecificInterval OPEN = SpecificInterval.of(0, 4, 5, 9);
  private static final PiecewiseConstant OUTSIDE_283 = PiecewiseConstant.constant(0, 24, 283);

  private static SlidingWindow slidingWindow(int windows) {
    return new SlidingWindow(OPEN, OUTSIDE_283, 1.6, 0.6, windows);
  }

  private static HingedWindow hingedWindow(double width) {
    return new HingedWindow(OPEN, OUTSIDE_283, 1.6, 0.6, 1, width);
  }

  @Test
  void airExchangeIsLinearInTheNumberOfWindows() {
    // upstream test_number_of_windows: exact equality (doubling is exact in floating point)
    Room room = new Room(75, PiecewiseConstant.constant(0, 24, 293), 0.5);
    double one = slidingWindow(1).airExchange(room, 1).scalar();
    double two = slidingWindow(2).airExchange(room, 1).scalar();
    assertThat(one).isNotZero();
    assertThat(two).isEqualTo(one * 2);
  }

  @ParameterizedTest(name = "width {0} m -> Cd {1}")
  @CsvSource({"0.5, 0.447", "1.0, 0.379", "2.0, 0.328", "4.0, 0.308"})
  void hingedWindowDischargeCoefficient(double width, double expected) {
    // upstream test_hinged_window: window height 1.6 m, opening length 0.6 m, rtol 1e-2
    assertRelClose(hingedWindow(width).dischargeCoefficient().scalar(), expected, 1e-2);
  }

  @Test
  void slidingWindowDischargeCoefficient() {
    // upstream test_sliding_window: exactly 0.6
    assertThat(slidingWindow(1).dischargeCoefficient().scalar()).isEqualTo(0.6);
  }

  static Stream<Arguments> hingedVectorisation() {
    Samples scalar = Samples.constant(0.15);
    Samples array = Samples.of(0.15, 0.20, 0.25);
    return Stream.of(
        Arguments.of("window height", array, scalar, scalar),
        Arguments.of("window width", scalar, array, scalar),
        Arguments.of("opening length", scalar, scalar, array));
  }

  @ParameterizedTest(name = "{0} as an array")
  @MethodSource("hingedVectorisation")
  void hingedWindowIsVectorised(String what, Samples height, Samples width, Samples openingLength) {
    // upstream test_hinged_window_vectorisation (its temperatures, 10/15 outside and 20/25 inside, are kept):
    // an array parameter gives an array Cd and an array air exchange at t = 0.5. Our addition: every element
    // equals the scalar window built with that element (rtol 1e-12).
    PiecewiseConstant outside = new PiecewiseConstant(new double[] {0, 2, 3}, new double[] {10, 15});
    Room room = new Room(75, new PiecewiseConstant(new double[] {0, 2, 3}, new double[] {20, 25}), 0.5);
    PeriodicInterval active = new PeriodicInterval(60, 30);
    HingedWindow window = new HingedWindow(active, outside, height, openingLength, 1, 0.1, width);
    assertThat(window.dischargeCoefficient().size()).isEqualTo(3);
    Samples ach = window.airExchange(room, 0.5);
    assertThat(ach.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      HingedWindow single = new HingedWindow(active, outside, height.get(i), openingLength.get(i), 1, width.get(i));
      assertRelClose(ach.get(i), single.airExchange(room, 0.5).scalar(), 1e-12);
    }
  }

  @Test
  void hingedWindowWithScalarParametersHasAScalarCoefficient() {
    // upstream test_hinged_window_vectorisation: scalar parameters give a float Cd
    assertThat(hingedWindow(1.0).dischargeCoefficient().isConstant()).isTrue();
  }

  @Test
  void mechanicalSupplyIsVectorised() {
    // upstream test_hvac_mechanical_vectorisation: exact
    Room room = new Room(50);
    Samples ach = new MechanicalSupply(OPEN, Samples.of(250, 500)).airExchange(room, 0.5);
    assertThat(ach.toArray()).containsExactly(250 / 50.0, 500 / 50.0);
  }

  @Test
  void hepaFilterIsVectorised() {
    // upstream test_hepa_filter_vectorisation: exact
    Room room = new Room(50);
    Samples ach = new HepaFilter(OPEN, Samples.of(250, 500)).airExchange(room, 0.5);
    assertThat(ach.toArray()).containsExactly(250 / 50.0, 500 / 50.0);
  }

  @Test
  void multipleVentilationAddsItsParts() {
    // upstream test_multiple: exact
    SlidingWindow sliding = slidingWindow(1);
    HingedWindow hinged = hingedWindow(1.0);
    Room room = new Room(75);
    double total = MultipleVentilation.of(hinged, sliding).airExchange(room, 1).scalar();
    assertThat(total).isNotZero();
    assertThat(total)
        .isEqualTo(sliding.airExchange(room, 1).scalar() + hinged.airExchange(room, 1).scalar());
  }

  @Test
  void multipleVentilationIsVectorised() {
    // upstream test_multiple_vectorisation: exact
    AirChange tenSamples = new AirChange(OPEN, Samples.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    AirChange fiveSamples = new AirChange(OPEN, Samples.of(0, 1, 2, 3, 4));
    AirChange scalar = new AirChange(OPEN, 10);
    Room room = new Room(75);

    // inactive: nothing to add, whatever the sizes
    assertThat(MultipleVentilation.of(tenSamples, fiveSamples).airExchange(room, 4.5).toArray())
        .containsOnly(0.0);
    // active: sample arrays of different sizes cannot be combined (numpy: "operands could not be broadcast")
    assertThatThrownBy(() -> MultipleVentilation.of(tenSamples, fiveSamples).airExchange(room, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sample sizes do not match");
    // an array and a scalar broadcast
    assertThat(MultipleVentilation.of(fiveSamples, scalar).airExchange(room, 2).toArray())
        .containsExactly(10, 11, 12, 13, 14);
  }

  @Test
  void multipleVentilationTransitionTimesAreTheUnion() {
    // physics.md §1.3: union of the components' transition times
    MultipleVentilation v = MultipleVentilation.of(
        new AirChange(SpecificInterval.of(1, 2), 1), new HepaFilter(SpecificInterval.of(1.5, 3), 100));
    assertThat(v.transitionTimes(new Room(75))).containsExactly(1, 1.5, 2, 3);
  }
}
