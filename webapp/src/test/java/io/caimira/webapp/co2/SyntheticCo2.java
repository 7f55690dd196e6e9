package io.caimira.webapp.co2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A synthetic CO₂ series for the tests: a 60 m³ room, 4 people (each exhaling 0.5 m³/h with 4.2 % CO₂) present
 * 08:30–12:30 and 13:30–17:30 (the form's default presence with its lunch break), 2 air changes per hour until
 * 10:00 and 6 after it, outdoor 440.44 ppm; one sample every 5 minutes from 08:00 to 18:00, integrated exactly
 * between samples (piecewise exponential approach to steady state).
 */
final class SyntheticCo2 {
  static final double VOLUME = 60;
  static final int PEOPLE = 4;
  private static final double OUTDOOR = 440.44;
  private static final double EMISSION = 0.5 * 0.042 * 1e6; // ppm·m³/h per person

  private SyntheticCo2() {}

  /** Rows {time [h], CO₂ [ppm]} from {@code start} to {@code end} [h]. */
  static double[][] series(double start, double end) {
    int n = (int) Math.round((end - start) * 12) + 1;
    double[][] rows = new double[n][2];
    double c = OUTDOOR;
    for (int i = 0; i < n; i++) {
      double t = start + i / 12.0;
      if (i > 0) {
        double mid = t - 1 / 24.0;
        double ach = mid < 10 ? 2 : 6;
        double people = (mid > 8.5 && mid < 12.5) || (mid > 13.5 && mid < 17.5) ? PEOPLE : 0;
        double steady = OUTDOOR + people * EMISSION / VOLUME / ach;
        c = steady + (c - steady) * Math.exp(-ach / 12);
      }
      rows[i][0] = Math.round(t * 1e6) / 1e6;
      rows[i][1] = Math.round(c * 100) / 100.0;
    }
    return rows;
  }

  static double[][] day() {
    return series(8, 18);
  }

  static byte[] csv(String[] header, double[][] rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord((Object[]) header);
      for (double[] r : rows) {
        printer.printRecord(String.format(Locale.ROOT, "%s", r[0]), String.format(Locale.ROOT, "%s", r[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] xlsx(String[] header, Object[][] rows) {
    return workbook(new XSSFWorkbook(), header, rows);
  }

  static byte[] xls(String[] header, Object[][] rows) {
    return workbook(new HSSFWorkbook(), header, rows);
  }

  static Object[][] boxed(double[][] rows) {
    Object[][] out = new Object[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = new Object[] {rows[i][0], rows[i][1]};
    }
    return out;
  }

  private static byte[] workbook(Workbook book, String[] header, Object[][] rows) {
    try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("data");
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int i = 0; i < rows[r].length; i++) {
          Object v = rows[r][i];
          if (v instanceof Double d) {
            row.createCell(i).setCellValue(d);
          } else if (v != null) {
            row.createCell(i).setCellValue(v.toString());
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
