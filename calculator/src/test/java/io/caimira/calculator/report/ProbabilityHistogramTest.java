package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@code np.histogram(values, bins, density=True)} semantics (physics.md §2). Expected values computed with
 * numpy 2.4.6; exact unless a tolerance is given.
 */
class ProbabilityHistogramTest {

  @Test
  void binsAreHalfOpenExceptTheLast() {
    // np.histogram([0, 0.1, 0.2, 0.3, 1.0], bins=4, density=True) -> [2.4, 0.8, 0, 0.8], edges [0, .25, .5, .75, 1]
    ProbabilityHistogram h = ProbabilityHistogram.of(new double[] {0, 0.1, 0.2, 0.3, 1.0}, 4);
    assertThat(h.edges()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(h.density()).containsExactly(2.4, 0.8, 0, 0.8);
  }

  @Test
  void aValueOnAnInnerEdgeGoesUp() {
    // [0, 0.5, 1] with 2 bins: 0.5 belongs to [0.5, 1]; counts [1, 2] / (0.5 * 3)
    ProbabilityHistogram h = ProbabilityHistogram.of(new double[] {0, 0.5, 1}, 2);
    assertThat(h.density()).containsExactly(1 / 0.5 / 3, 2 / 0.5 / 3);
  }

  @Test
  void equalValuesSpanOneAroundThem() {
    // np.histogram([0.5, 0.5], bins=4, density=True) -> [0, 0, 4, 0], edges [0, .25, .5, .75, 1]
    ProbabilityHistogram h = ProbabilityHistogram.of(new double[] {0.5, 0.5}, 4);
    assertThat(h.edges()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(h.density()).containsExactly(0, 0, 4, 0);
  }

  @Test
  void unevenSampleMatchesNumpy() {
    double[] x = {0.5216658090009442, 0.5273981517495644, 0.13685007957125042, 0.023344950897221294,
        0.00015685856205185727, 0.056344375658751354, 0.06815390118927, 9.280704757558432e-05,
        0.00011591240564590404, 0.9975303809951304, 0.2776388069798095, 0.012896896675339277};
    ProbabilityHistogram h = ProbabilityHistogram.of(x, 5);
    // np.histogram(x, bins=5, density=True)
    assertThat(h.edges()).containsExactly(9.280704757558432e-05, 0.19958032183708652, 0.39906783662659745,
        0.5985553514161084, 0.7980428662056194, 0.9975303809951304);
    // numpy divides by each bin's own width (widths differ in the last bits): rtol 1e-15
    double[] expected = {3.341896696493008, 0.417737087061626, 0.835474174123252, 0.0, 0.4177370870616259};
    for (int i = 0; i < 5; i++) {
      assertThat(h.density()[i]).isCloseTo(expected[i], within(1e-15 * expected[0]));
    }
  }

  @Test
  void reportHistogramHasHundredBinsOfFractions() {
    double[] percent = new double[1000];
    for (int i = 0; i < percent.length; i++) {
      percent[i] = 100.0 * i / (percent.length - 1);
    }
    ProbabilityHistogram h = ProbabilityHistogram.ofPercent(percent);
    assertThat(h.density()).hasSize(100);
    assertThat(h.edges()).hasSize(101);
    assertThat(h.edges()[0]).isEqualTo(0);
    assertThat(h.edges()[100]).isEqualTo(1);
    // a density integrates to 1
    double integral = 0;
    for (int i = 0; i < 100; i++) {
      integral += h.density()[i] * (h.edges()[i + 1] - h.edges()[i]);
    }
    assertThat(integral).isCloseTo(1, within(1e-12));
  }
}
