package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * pandas Series.rolling(w, center=True).mean(). Expected values by hand from the window
 * [i − ⌊w/2⌋, i + w − 1 − ⌊w/2⌋] with min_periods = w (physics.md §3.1); compared exactly (all
 * values below are exact in binary or the documented exact-copy rule applies).
 */
class RollingMeanTest {
  private static final double NAN = Double.NaN;
  private static final double[] X = {1, 2, 3, 4, 5};

  @Test
  void windowOneIsTheIdentity() {
    assertThat(RollingMean.centred(X, 1)).containsExactly(1, 2, 3, 4, 5);
    double[] odd = {0.1, 0.7, 1e-300, 123.456};
    assertThat(RollingMean.centred(odd, 1)).containsExactly(odd);
  }

  @Test
  void windowTwoLeavesTheFirstIndexNaN() {
    assertThat(RollingMean.centred(X, 2)).containsExactly(NAN, 1.5, 2.5, 3.5, 4.5);
  }

  @Test
  void windowThreeLeavesBothEndsNaN() {
    assertThat(RollingMean.centred(X, 3)).containsExactly(NAN, 2, 3, 4, NAN);
  }

  @Test
  void windowFourLeavesTwoLeadingAndOneTrailingNaN() {
    // i = 2 covers [0, 3] → 2.5; i = 3 covers [1, 4] → 3.5
    assertThat(RollingMean.centred(X, 4)).containsExactly(NAN, NAN, 2.5, 3.5, NAN);
  }

  @Test
  void windowsLongerThanTheSignalAreAllNaN() {
    assertThat(RollingMean.centred(X, 5)).containsExactly(NAN, NAN, 3, NAN, NAN);
    assertThat(RollingMean.centred(X, 6)).containsOnly(NAN);
    assertThat(RollingMean.centred(new double[0], 3)).isEmpty();
  }

  @Test
  void aNaNSampleSpoilsEveryWindowContainingIt() {
    assertThat(RollingMean.centred(new double[] {1, NAN, 3, 4, 5}, 2))
        .containsExactly(NAN, NAN, NAN, 3.5, 4.5);
  }

  @Test
  void aWindowOfEqualValuesReturnsThatValueExactly() {
    // (0.1 + 0.1 + 0.1) / 3 = 0.10000000000000002 in floating point; pandas returns 0.1
    assertThat(RollingMean.centred(new double[] {0.1, 0.1, 0.1, 0.1}, 3))
        .containsExactly(NAN, 0.1, 0.1, NAN);
  }

  @Test
  void rejectsNonPositiveWindow() {
    assertThatThrownBy(() -> RollingMean.centred(X, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
