package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RiskThresholdsTest {
  @Test
  void parsesThreeNumbersAndAppliesThem() {
    RiskThresholds t = RiskThresholds.parse(" 1 , 5.5,0.5 ");
    assertThat(t).isEqualTo(new RiskThresholds(1, 5.5, 0.5));
    assertThat(RiskLevel.of(0.99, 0.1, true, t)).isEqualTo(RiskLevel.GREEN);
    assertThat(RiskLevel.of(1, 0.1, true, t)).isEqualTo(RiskLevel.ORANGE);
    assertThat(RiskLevel.of(5.5, 0.4, true, t)).isEqualTo(RiskLevel.ORANGE);
    assertThat(RiskLevel.of(5.51, 0.4, true, t)).isEqualTo(RiskLevel.RED);
    assertThat(RiskLevel.of(2, 0.5, true, t)).as("from 0.5 expected cases").isEqualTo(RiskLevel.RED);
    assertThat(RiskLevel.of(2, 0.5, false, t)).as("cases do not count with groups").isEqualTo(RiskLevel.ORANGE);
    assertThat(t.highText(Locale.FRENCH)).isEqualTo("5,5");
    assertThat(t.attentionText(Locale.ENGLISH)).isEqualTo("1");
  }

  private static GroupView.Frequency frequency(double percent, Locale locale) {
    return new GroupView("g", 0, percent, 0, 0, false, percent, 0, null, null, false, 0, 0, RiskLevel.GREEN,
        RiskLevel.GREEN, locale).frequency();
  }

  /** The probability as "about k in d": per 100, 1 000 or 10 000, the smallest denominator that gives k ≥ 1. */
  @Test
  void naturalFrequencies() {
    assertThat(frequency(9.8, Locale.ENGLISH)).isEqualTo(new GroupView.Frequency("10", "100"));
    assertThat(frequency(0.5, Locale.ENGLISH)).isEqualTo(new GroupView.Frequency("1", "100"));
    assertThat(frequency(0.4, Locale.ENGLISH)).isEqualTo(new GroupView.Frequency("4", "1,000"));
    assertThat(frequency(0.012, Locale.ENGLISH)).isEqualTo(new GroupView.Frequency("1", "10,000"));
    assertThat(frequency(0.004, Locale.ENGLISH)).isNull();
    assertThat(frequency(0.4, Locale.FRENCH).of()).isEqualTo("1\u202F000");
  }

  @Test
  void cernsRuleIsTheDefault() {
    assertThat(RiskThresholds.CERN).isEqualTo(RiskThresholds.parse("2,10,1"));
    assertThat(RiskLevel.of(10.01, 0.9, true)).isEqualTo(RiskLevel.of(10.01, 0.9, true, RiskThresholds.CERN));
  }

  @Test
  void wrongValuesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> RiskThresholds.parse("2,10")).hasMessageContaining("CAIMIRA_RISK_THRESHOLDS")
        .hasMessageContaining("three numbers");
    assertThatThrownBy(() -> RiskThresholds.parse("2,ten,1")).hasMessageContaining("three numbers");
    assertThatThrownBy(() -> RiskThresholds.parse("10,2,1")).hasMessageContaining("0 < attention < high <= 100");
    assertThatThrownBy(() -> RiskThresholds.parse("2,150,1")).hasMessageContaining("0 < attention < high <= 100");
    assertThatThrownBy(() -> RiskThresholds.parse("2,10,0")).hasMessageContaining("expected-cases threshold");
    assertThatThrownBy(() -> RiskThresholds.parse("NaN,10,1")).hasMessageContaining("CAIMIRA_RISK_THRESHOLDS");
  }
}
