package io.caimira.webapp.co2;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Rows of the first sheet of an XLSX or XLS sensor file (Apache POI; formulas give their cached values). */
final class SpreadsheetSensorReader {
  private SpreadsheetSensorReader() {}

  static List<SensorTable.Row> rows(byte[] content, String kind, Co2Messages text) {
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = book.getSheetAt(0);
      List<SensorTable.Row> rows = new ArrayList<>();
      int last = Math.min(sheet.getLastRowNum(), SensorTable.MAX_ROWS + 1);
      for (int i = sheet.getFirstRowNum(); i >= 0 && i <= last; i++) {
        Row row = sheet.getRow(i);
        if (row != null) {
          rows.add(new SensorTable.Row(i + 1, value(row.getCell(0)), value(row.getCell(1))));
        }
      }
      return rows;
    } catch (Exception e) { // POI signals unreadable content with many exception types (I/O, format, zip, XML)
      throw new UploadError(400, SensorTable.FIELD, text.file_unreadable(kind));
    }
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> cell.getNumericCellValue();
      case STRING -> cell.getStringCellValue();
      case BLANK -> null;
      default -> "#" + type; // booleans and errors are not numbers
    };
  }
}
