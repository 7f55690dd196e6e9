package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CERN traffic light: 2 %, 10 % and one expected case (the last only without occupancy groups). */
class RiskLevelTest {

  @Test
  void thresholds() {
    assertThat(RiskLevel.of(1.99, 0.1, true)).isEqualTo(RiskLevel.GREEN);
    assertThat(RiskLevel.of(2, 0.1, true)).isEqualTo(RiskLevel.ORANGE);
    assertThat(RiskLevel.of(10, 0.9, true)).isEqualTo(RiskLevel.ORANGE);
    assertThat(RiskLevel.of(10.01, 0.9, true)).isEqualTo(RiskLevel.RED);
    assertThat(RiskLevel.of(1.5, 1.0, true)).isEqualTo(RiskLevel.RED);
    assertThat(RiskLevel.of(1.5, 1.0, false)).isEqualTo(RiskLevel.GREEN);
  }
}
