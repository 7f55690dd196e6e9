package io.caimira.model.concentration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.caimira.model.Fixtures;
import org.junit.jupiter.api.Test;

/** Upstream caimira/tests/test_known_quantities.py: baseline emission, concentration and R0 values. */
class BaselineKnownQuantitiesTest {

  @Test
  void emissionRateFollowsPresence() {
    // upstream test_no_mask_superspeading_emission_rate, rtol 1e-12
    var infected = Fixtures.baselineConcentrationModel().infected();
    double[] ts = {0, 1, 4, 4.5, 5, 8, 9};
    double[] expected = {0, 48500, 48500, 0, 0, 48500, 0};
    for (int k = 0; k < ts.length; k++) {
      assertThat(infected.emissionRate(ts[k]).scalar()).isCloseTo(expected[k], within(48500 * 1e-12));
    }
  }

  @Test
  void analyticConcentrations() {
    // upstream test_concentrations (values computed analytically upstream), rtol 1e-6
    var model = Fixtures.baselineConcentrationModel();
    double[] ts = {0, 4, 5, 7, 10};
    double[] expected = {0.0, 2.046096e+01, 3.846725e-13, 2.046096e+01, 7.231966e-27};
    for (int k = 0; k < ts.length; k++) {
      double c = model.concentration(ts[k]).scalar();
      assertThat(c).isCloseTo(expected[k], within(Math.abs(expected[k]) * 1e-6));
    }
  }

  @Test
  void reproductionNumber() {
    // upstream test_r0: 771.380385 (trapezoidal reference integration), rtol 1e-7
    double r0 = Fixtures.baselineExposureModel().reproductionNumber().scalar();
    assertThat(r0).isCloseTo(771.380385, withinPercentage(1e-5));
  }
}
