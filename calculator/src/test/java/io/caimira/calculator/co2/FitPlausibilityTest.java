package io.caimira.calculator.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.calculator.co2.FitPlausibility.Finding;
import io.caimira.calculator.co2.FitPlausibility.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitPlausibilityTest {
  @Test
  void rangesComeFromTheBreathingRateDistributions() {
    // the log-normals' quantiles computed separately (Python, math.exp): seated ln N(-0.6872121723362303,
    // 0.10498338229297108) at z = -1.959963984540054 gives 0.40943553138189687; heavy exercise
    // ln N(1.1644665696723049, 0.21744554768657565) at z = +1.959963984540054 gives 4.906947272746876
    assertThat(FitPlausibility.MIN_EXHALATION).isCloseTo(0.40943553138189687, within(1e-12));
    assertThat(FitPlausibility.MAX_EXHALATION).isCloseTo(4.906947272746876, within(1e-12));
  }

  @Test
  void aSeatedOfficeFitIsPlausible() {
    FitPlausibility p = FitPlausibility.of(0.52, List.of(0.5, 6.35, 2.4));
    assertThat(p.plausible()).isTrue();
    assertThat(p.findings()).isEmpty();
  }

  @Test
  void anExhalationFiveTimesBelowASeatedAdultIsFlagged() {
    FitPlausibility p = FitPlausibility.of(0.51 / 5, List.of(1.0));
    assertThat(p.plausible()).isFalse();
    assertThat(p.findings()).containsExactly(new Finding(Kind.EXHALATION_LOW, -1, 0.51 / 5,
        FitPlausibility.MIN_EXHALATION, FitPlausibility.MAX_EXHALATION));
  }

  @Test
  void tooMuchExhalationAndTooManyAirChangesAreFlaggedPerInterval() {
    FitPlausibility p = FitPlausibility.of(12.0, List.of(2.0, 45.0, 30.0, 31.5));
    assertThat(p.findings()).extracting(Finding::kind, Finding::interval).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.EXHALATION_HIGH, -1),
        org.assertj.core.groups.Tuple.tuple(Kind.AIR_CHANGES_HIGH, 1),
        org.assertj.core.groups.Tuple.tuple(Kind.AIR_CHANGES_HIGH, 3));
  }

  @Test
  void theBoundsThemselvesArePlausible() {
    assertThat(FitPlausibility.of(FitPlausibility.MIN_EXHALATION, List.of(0.0, 30.0)).plausible()).isTrue();
    assertThat(FitPlausibility.of(FitPlausibility.MAX_EXHALATION, List.of(0.0)).plausible()).isTrue();
  }
}
