package io.caimira.webapp.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.caimira.calculator.input.Co2Data;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading the uploaded sensor files: CSV, XLSX and XLS generated here, and every rejection with its message. */
class SensorFilesTest {
  private static final Co2Messages TEXT = TextKeys.messages();
  private static final String[] HEADER = {"Times", "CO2"};
  private static final double[][] DAY = SyntheticCo2.day();

  private static Co2Data read(String name, byte[] content) {
    return SensorFiles.read(name, content, TEXT);
  }

  private static void assertRejected(String name, byte[] content, int status, String message) {
    assertThatThrownBy(() -> read(name, content)).isInstanceOfSatisfying(UploadError.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.field()).isEqualTo("file");
      assertThat(e.getMessage()).isEqualTo(message);
    });
  }

  @Test
  void csvXlsxAndXlsGiveTheSameData() {
    Co2Data csv = read("sensor.csv", SyntheticCo2.csv(HEADER, DAY));
    Co2Data xlsx = read("sensor.XLSX", SyntheticCo2.xlsx(HEADER, SyntheticCo2.boxed(DAY)));
    Co2Data xls = read("sensor.xls", SyntheticCo2.xls(HEADER, SyntheticCo2.boxed(DAY)));
    assertThat(csv.times()).hasSize(121).startsWith(8.0).endsWith(18.0);
    assertThat(csv.co2()[0]).isEqualTo(DAY[0][1]);
    assertThat(xlsx).isEqualTo(csv);
    assertThat(xls).isEqualTo(csv);
  }

  @Test
  void headersAreCaseInsensitiveAndNumbersMayBeText() {
    Object[][] rows = {{"8.0", "450"}, {8.5, " 600 "}, {null, null}, {9.0, 700.0}};
    Co2Data data = read("s.xlsx", SyntheticCo2.xlsx(new String[] {" times ", "co2"}, rows));
    assertThat(data.times()).containsExactly(8.0, 8.5, 9.0);
    assertThat(data.co2()).containsExactly(450.0, 600.0, 700.0);
  }

  @Test
  void semicolonCsvWithDecimalCommas() {
    byte[] csv = "\uFEFFTimes;CO2\n8,5;450,5\n9;600\n".getBytes(StandardCharsets.UTF_8);
    Co2Data data = read("s.csv", csv);
    assertThat(data.times()).containsExactly(8.5, 9.0);
    assertThat(data.co2()).containsExactly(450.5, 600.0);
  }

  @Test
  void wrongHeaders() {
    assertRejected("s.csv", SyntheticCo2.csv(new String[] {"Time", "CO2"}, DAY), 400, "file_header[Times, A]");
    assertRejected("s.xlsx", SyntheticCo2.xlsx(new String[] {"Times", "ppm"}, SyntheticCo2.boxed(DAY)), 400,
        "file_header[CO2, B]");
    assertRejected("s.csv", new byte[0], 400, "file_header[Times, A]");
  }

  @Test
  void headerWithoutRowsIsEmpty() {
    assertRejected("s.csv", "Times,CO2\n\n".getBytes(StandardCharsets.UTF_8), 400, "file_empty");
    assertRejected("s.xls", SyntheticCo2.xls(HEADER, new Object[0][]), 400, "file_empty");
  }

  @Test
  void badCellsNameTheirRow() {
    Object[][] rows = {{8.0, 450.0}, {8.5, "high"}, {9.0, 700.0}};
    assertRejected("s.xlsx", SyntheticCo2.xlsx(HEADER, rows), 400, "file_cell[3]");
    assertRejected("s.csv", "Times,CO2\n8,450\n08:30,600\n".getBytes(StandardCharsets.UTF_8), 400, "file_cell[3]");
    assertRejected("s.csv", "Times,CO2\n8,450\n9\n".getBytes(StandardCharsets.UTF_8), 400, "file_cell[3]");
    assertRejected("s.csv", "Times,CO2\n8,NaN\n".getBytes(StandardCharsets.UTF_8), 400, "file_cell[2]");
    assertRejected("s.csv", "Times,CO2\n\n8,450\n\n9,?\n".getBytes(StandardCharsets.UTF_8), 400, "file_cell[5]");
  }

  @Test
  void timesMustIncrease() {
    assertRejected("s.csv", "Times,CO2\n8,450\n9,500\n9,600\n".getBytes(StandardCharsets.UTF_8), 400,
        "file_order[4]");
  }

  @Test
  void otherTypesAndUnreadableFiles() {
    assertRejected("s.txt", SyntheticCo2.csv(HEADER, DAY), 415, "file_type");
    assertRejected("s.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), 400, "file_unreadable[XLSX]");
    assertRejected("s.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, 400, "file_unreadable[CSV (UTF-8)]");
    assertRejected("s.csv", new byte[(int) SensorFiles.MAX_BYTES + 1], 413,
        "file_too_large[" + SensorFiles.MAX_BYTES / 1024 + "]");
  }

  @Test
  void dataMustCoverTheSimulationTime() {
    SimulationSpan span = new SimulationSpan(8.5, 17.5);
    span.checkCovered(new double[] {8.5, 12, 17.5}, TEXT);
    assertThatThrownBy(() -> span.checkCovered(new double[] {8.75, 17.5}, TEXT))
        .hasMessage("file_coverage[08:30, 17:30, 08:45, 17:30]");
    assertThatThrownBy(() -> span.checkCovered(new double[] {8.0, 12.0}, TEXT))
        .hasMessage("file_coverage[08:30, 17:30, 08:00, 12:00]");
  }

  @Test
  void templatesAreAccepted() {
    Co2Data csv = read("CO2_template.csv", Co2Template.csv());
    Co2Data xlsx = read("CO2_template.xlsx", Co2Template.xlsx());
    assertThat(xlsx).isEqualTo(csv);
    assertThat(csv.times()).startsWith(8.0).endsWith(18.0);
  }
}
