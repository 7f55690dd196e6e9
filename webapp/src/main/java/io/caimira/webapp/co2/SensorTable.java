package io.caimira.webapp.co2;

import io.caimira.calculator.input.Co2Data;
import java.util.List;

/**
 * The cells of an uploaded sensor file, whatever its format, turned into CO₂ data: the header row "Times" | "CO2"
 * (case-insensitive), then one row per sample with two finite numbers and increasing times. Blank rows are skipped.
 */
final class SensorTable {
  /** More rows than a day of one-second samples is not sensor data for one event. */
  static final int MAX_ROWS = 86_400;
  static final String FIELD = "file";

  /** One row of the file: its 1-based number in the file and its first two cells (String, Double or null). */
  record Row(int number, Object times, Object co2) {
    boolean blank() {
      return isBlank(times) && isBlank(co2);
    }
  }

  private SensorTable() {}

  static Co2Data toData(List<Row> rows, Co2Messages text) {
    List<Row> filled = rows.stream().filter(r -> !r.blank()).toList();
    if (filled.isEmpty() || !header(filled.get(0).times(), "times")) {
      throw bad(text.file_header("Times", "A"));
    }
    if (!header(filled.get(0).co2(), "co2")) {
      throw bad(text.file_header("CO2", "B"));
    }
    int n = filled.size() - 1;
    if (n == 0) {
      throw bad(text.file_empty());
    }
    if (n > MAX_ROWS) {
      throw new UploadError(413, FIELD, text.file_rows(MAX_ROWS));
    }
    double[] times = new double[n];
    double[] co2 = new double[n];
    for (int i = 0; i < n; i++) {
      Row r = filled.get(i + 1);
      Double t = number(r.times());
      Double c = number(r.co2());
      if (t == null || c == null) {
        throw bad(text.file_cell(r.number()));
      }
      if (i > 0 && !(t > times[i - 1])) {
        throw bad(text.file_order(r.number()));
      }
      times[i] = t;
      co2[i] = c;
    }
    return new Co2Data(times, co2);
  }

  private static boolean header(Object cell, String expected) {
    return cell instanceof String s && s.strip().replace("\uFEFF", "").equalsIgnoreCase(expected);
  }

  private static Double number(Object cell) {
    double value;
    if (cell instanceof Double d) {
      value = d;
    } else if (cell instanceof String s && !s.isBlank()) {
      try {
        value = Double.parseDouble(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return Double.isFinite(value) ? value : null;
  }

  private static boolean isBlank(Object cell) {
    return cell == null || (cell instanceof String s && s.isBlank());
  }

  private static UploadError bad(String message) {
    return new UploadError(400, FIELD, message);
  }
}
