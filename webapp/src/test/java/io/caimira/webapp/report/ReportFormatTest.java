package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's formats, with upstream's known values (cern_caimira/tests/test_report_generator.py). */
class ReportFormatTest {
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void readableMinutes() {
    assertThat(ReportFormat.readableMinutes(1, EN)).isEqualTo("1 minute");
    assertThat(ReportFormat.readableMinutes(2, EN)).isEqualTo("2 minutes");
    assertThat(ReportFormat.readableMinutes(60, EN)).isEqualTo("1 hour");
    assertThat(ReportFormat.readableMinutes(120, EN)).isEqualTo("2 hours");
    assertThat(ReportFormat.readableMinutes(150, EN)).isEqualTo("150 minutes");
    assertThat(ReportFormat.readableMinutes(120, Locale.FRENCH)).isEqualTo("2 heures");
  }

  @Test
  void nonZeroPercentage() {
    assertThat(ReportFormat.nonZeroPercentage(0.001, EN)).isEqualTo("<0.01%");
    assertThat(ReportFormat.nonZeroPercentage(0, EN)).isEqualTo("<0.01%");
    assertThat(ReportFormat.nonZeroPercentage(0.01, EN)).isEqualTo("0.01%");
    assertThat(ReportFormat.nonZeroPercentage(0.4321, EN)).isEqualTo("0.43%");
    assertThat(ReportFormat.nonZeroPercentage(0.999, EN)).isEqualTo("1.00%");
    assertThat(ReportFormat.nonZeroPercentage(1, EN)).isEqualTo("1.0%");
    assertThat(ReportFormat.nonZeroPercentage(12.249, EN)).isEqualTo("12.2%");
    assertThat(ReportFormat.nonZeroPercentage(99.9, EN)).isEqualTo("99.9%");
    assertThat(ReportFormat.nonZeroPercentage(99.95, EN)).isEqualTo(">99.9%");
    assertThat(ReportFormat.nonZeroPercentage(Double.NaN, EN)).isEqualTo(">99.9%");
    assertThat(ReportFormat.nonZeroPercentage(12.2, Locale.FRENCH)).isEqualTo("12,2\u202F%");
    assertThat(ReportFormat.nonZeroPercentage(0.001, Locale.FRENCH)).isEqualTo("<0,01\u202F%");
  }

  @Test
  void hourFormatPadsTheMinutes() {
    assertThat(ReportFormat.hourFormat(8.0833)).isEqualTo("8:04");
    assertThat(ReportFormat.hourFormat(8.0)).isEqualTo("8:00");
    assertThat(ReportFormat.hourFormat(8.5)).isEqualTo("8:30");
    assertThat(ReportFormat.hourFormat(12.25)).isEqualTo("12:15");
    assertThat(ReportFormat.hourFormat(17.999999999)).isEqualTo("18:00");
  }

  @Test
  void minutesToTimeAndFloats() {
    assertThat(ReportFormat.minutesToTime(510)).isEqualTo("08:30");
    assertThat(ReportFormat.minutesToTime(65)).isEqualTo("01:05");
    assertThat(ReportFormat.floatFormat(1.104, EN)).isEqualTo("1.10");
    assertThat(ReportFormat.floatFormat(Double.NaN, EN)).isEqualTo("–");
  }
}
