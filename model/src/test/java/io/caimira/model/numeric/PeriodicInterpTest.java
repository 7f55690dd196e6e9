package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PeriodicInterpTest {
  // Expected values computed by hand from the definition (linear between neighbours modulo the period);
  // tolerance 1e-12 absolute (double rounding only).

  @Test
  void wrapsAroundBetweenLastAndFirstPoint() {
    PeriodicInterp f = new PeriodicInterp(new double[] {0, 1, 2, 3}, new double[] {0, 10, 20, 30}, 4);
    assertThat(f.at(3.5)).isCloseTo(15.0, within(1e-12)); // halfway from 30 (t=3) back to 0 (t=4)
    assertThat(f.at(-0.5)).isCloseTo(15.0, within(1e-12)); // same point one period earlier
    assertThat(f.at(5.25)).isCloseTo(12.5, within(1e-12)); // 1.25 modulo 4
  }

  @Test
  void acceptsUnsortedAbscissaeOutsideOnePeriod() {
    // 26 ≡ 2 and 27 ≡ 3 (mod 24): the same table as {0: 0, 1: 1, 2: 2, 3: 3} with wrap to 0 at 24
    PeriodicInterp f = new PeriodicInterp(new double[] {27, 26, 1, 0}, new double[] {3, 2, 1, 0}, 24);
    assertThat(f.at(2.5)).isCloseTo(2.5, within(1e-12));
    assertThat(f.at(13.5)).isCloseTo(1.5, within(1e-12)); // halfway between 3 (t=3) and 0 (t=24)
  }

  @Test
  void rejectsMismatchedTables() {
    assertThatThrownBy(() -> new PeriodicInterp(new double[] {0, 1}, new double[] {0}, 24))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PeriodicInterp(new double[] {0}, new double[] {0}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
