package io.caimira.webapp.co2;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a CSV sensor file (UTF-8), numbered as lines. Commas separate the cells; a file whose header is separated by semicolons
 * (spreadsheets in locales with a decimal comma) is read with semicolons and decimal commas.
 */
final class CsvSensorReader {
  private CsvSensorReader() {}

  static List<SensorTable.Row> rows(byte[] content, Co2Messages text) {
    String csv;
    try {
      csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new UploadError(400, SensorTable.FIELD, text.file_unreadable("CSV (UTF-8)"));
    }
    if (csv.startsWith("\uFEFF")) {
      csv = csv.substring(1);
    }
    String firstLine = csv.lines().findFirst().orElse("");
    boolean semicolons = firstLine.contains(";") && !firstLine.contains(",");
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(semicolons ? ';' : ',')
        .setIgnoreEmptyLines(false).setTrim(true).get(); // one record per line: record numbers are line numbers
    List<SensorTable.Row> rows = new ArrayList<>();
    try {
      for (CSVRecord r : format.parse(new StringReader(csv))) {
        int line = (int) r.getRecordNumber();
        rows.add(new SensorTable.Row(line, cell(r, 0, semicolons), cell(r, 1, semicolons)));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new UploadError(400, SensorTable.FIELD, text.file_unreadable("CSV"));
    }
    return rows;
  }

  private static String cell(CSVRecord r, int i, boolean decimalComma) {
    if (i >= r.size()) {
      return null;
    }
    String v = r.get(i);
    return decimalComma ? v.replace(',', '.') : v;
  }
}
