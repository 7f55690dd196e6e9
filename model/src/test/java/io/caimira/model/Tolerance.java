package io.caimira.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.caimira.model.sample.Samples;

/**
 * Assertions with the tolerance semantics of the upstream numpy checks, so that ported tests keep the same
 * tolerances: {@code assert_allclose(actual, desired, rtol)} (absolute tolerance 0) and
 * {@code assert_almost_equal(actual, desired, decimal)}.
 */
public final class Tolerance {
  private Tolerance() {}

  /** |actual − desired| ≤ rtol·|desired| (numpy assert_allclose with atol = 0; a desired 0 must be exact). */
  public static void assertRelClose(double actual, double desired, double rtol) {
    assertThat(actual)
        .as("expected %s within rtol %s", desired, rtol)
        .isCloseTo(desired, within(rtol * Math.abs(desired)));
  }

  /** Element-wise {@link #assertRelClose(double, double, double)}; sizes must match. */
  public static void assertRelClose(Samples actual, double[] desired, double rtol) {
    assertThat(actual.size()).as("number of samples").isEqualTo(desired.length);
    for (int i = 0; i < desired.length; i++) {
      assertThat(actual.get(i))
          .as("sample %d: expected %s within rtol %s", i, desired[i], rtol)
          .isCloseTo(desired[i], within(rtol * Math.abs(desired[i])));
    }
  }

  /** |actual − desired| ≤ 1.5·10^−decimal (numpy assert_almost_equal). */
  public static void assertAlmostEqual(double actual, double desired, int decimal) {
    assertThat(actual)
        .as("expected %s to %d decimals", desired, decimal)
        .isCloseTo(desired, within(1.5 * Math.pow(10, -decimal)));
  }

  /** Element-wise {@link #assertAlmostEqual(double, double, int)}; sizes must match. */
  public static void assertAlmostEqual(Samples actual, double[] desired, int decimal) {
    assertThat(actual.size()).as("number of samples").isEqualTo(desired.length);
    for (int i = 0; i < desired.length; i++) {
      assertThat(actual.get(i))
          .as("sample %d: expected %s to %d decimals", i, desired[i], decimal)
          .isCloseTo(desired[i], within(1.5 * Math.pow(10, -decimal)));
    }
  }
}
