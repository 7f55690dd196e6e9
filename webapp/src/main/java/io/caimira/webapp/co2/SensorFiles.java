package io.caimira.webapp.co2;

import io.caimira.calculator.input.Co2Data;
import java.util.Locale;

/** Reads an uploaded sensor file, chosen by its extension: .csv, .xlsx or .xls. */
public final class SensorFiles {
  /** The largest file accepted: a day of one-second samples fits easily. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private SensorFiles() {}

  public static Co2Data read(String fileName, byte[] content, Co2Messages text) {
    if (content.length > MAX_BYTES) {
      throw new UploadError(413, SensorTable.FIELD, text.file_too_large(MAX_BYTES / 1024));
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
    if (name.endsWith(".csv")) {
      return SensorTable.toData(CsvSensorReader.rows(content, text), text);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      String kind = name.endsWith(".xlsx") ? "XLSX" : "XLS";
      return SensorTable.toData(SpreadsheetSensorReader.rows(content, kind, text), text);
    }
    throw new UploadError(415, SensorTable.FIELD, text.file_type());
  }
}
