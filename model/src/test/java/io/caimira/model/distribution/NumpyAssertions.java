package io.caimira.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** numpy.testing.assert_allclose-style checks: |actual − expected| ≤ atol + rtol·|expected|. */
final class NumpyAssertions {
  private NumpyAssertions() {}

  static void assertClose(double actual, double expected, double rtol, double atol, String what) {
    assertThat(Math.abs(actual - expected))
        .as("%s: actual %s, expected %s (rtol %s, atol %s)", what, actual, expected, rtol, atol)
        .isLessThanOrEqualTo(atol + rtol * Math.abs(expected));
  }

  /** Every (centre, density, expected) row within rtol. */
  static void assertRowsClose(List<double[]> rows, double rtol) {
    assertThat(rows).isNotEmpty();
    for (double[] r : rows) {
      assertClose(r[1], r[2], rtol, 0.0, "histogram at " + r[0]);
    }
  }
}
