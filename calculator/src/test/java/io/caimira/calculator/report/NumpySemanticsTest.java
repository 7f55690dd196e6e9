package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * numpy semantics the report relies on (physics.md §2). Expected values computed with numpy (2.4.6; the
 * semantics are those of upstream's 1.24) and compared exactly unless stated.
 */
class NumpySemanticsTest {

  @Test
  void quantileIsLinearBetweenOrderStatistics() {
    double[] x = {1, 2, 3, 4, 10};
    // np.quantile([1, 2, 3, 4, 10], q) for q = 0.05, 0.95, 0.5, 0.6 (repr): 1.2, 8.799999999999999, 3.0, 3.4
    assertThat(NumpySemantics.quantile(x, 0.05)).isEqualTo(1.2);
    assertThat(NumpySemantics.quantile(x, 0.95)).isEqualTo(8.799999999999999);
    assertThat(NumpySemantics.quantile(x, 0.5)).isEqualTo(3.0);
    assertThat(NumpySemantics.quantile(x, 0.6)).isEqualTo(3.4);
    assertThat(NumpySemantics.quantile(new double[] {7}, 0.95)).isEqualTo(7);
    assertThat(NumpySemantics.quantile(new double[0], 0.5)).isNaN();
  }

  @Test
  void quantileOfUnevenSample() {
    double[] x = {0.5216658090009442, 0.5273981517495644, 0.13685007957125042, 0.023344950897221294,
        0.00015685856205185727, 0.056344375658751354, 0.06815390118927, 9.280704757558432e-05,
        0.00011591240564590404, 0.9975303809951304, 0.2776388069798095, 0.012896896675339277};
    Arrays.sort(x);
    // np.quantile(x, [0.05, 0.95, 0.37])
    assertThat(NumpySemantics.quantile(x, 0.05)).isEqualTo(0.00010551499451426018);
    assertThat(NumpySemantics.quantile(x, 0.95)).isEqualTo(0.7389576549100687);
    assertThat(NumpySemantics.quantile(x, 0.37)).isEqualTo(0.025654910630528407);
  }

  @Test
  void arangeFillsWithTheRoundedSecondStep() {
    double[] v = NumpySemantics.arange(2, 10, 0.08);
    // np.arange(2, 10, 0.08): 100 values, v[1] - v[0] = 0.08000000000000007, v[99] = 9.920000000000007
    assertThat(v).hasSize(100);
    assertThat(v[0]).isEqualTo(2);
    assertThat(v[1] - v[0]).isEqualTo(0.08000000000000007);
    assertThat(v[6]).isEqualTo(2.4800000000000004);
    assertThat(v[99]).isEqualTo(9.920000000000007);
  }

  @Test
  void linspaceEndsExactlyAtStop() {
    double[] e = NumpySemantics.linspace(0.013, 0.977, 101);
    // np.linspace(0.013, 0.977, 101)[37] = 0.36968
    assertThat(e[37]).isEqualTo(0.36968);
    assertThat(e[100]).isEqualTo(0.977);
    assertThat(NumpySemantics.linspace(0, 1, 5)).containsExactly(0, 0.25, 0.5, 0.75, 1);
  }
}
