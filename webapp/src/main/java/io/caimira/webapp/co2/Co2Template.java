package io.caimira.webapp.co2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable templates of a sensor file, in the format the upload accepts: "Times" (decimal hours) and
 * "CO2" (ppm), one sample every 5 minutes from 08:00 to 18:00, with example values of an office of 4 people
 * (08:30–12:30 and 13:30–17:30) approaching steady state exponentially.
 */
final class Co2Template {
  private static final double OUTDOOR = 420;
  private static final double OCCUPIED_STEADY = 1100;
  private static final double RATE = 1.8; // h⁻¹

  private Co2Template() {}

  static double[][] samples() {
    int n = 10 * 12 + 1;
    double[][] rows = new double[n][2];
    double c = OUTDOOR;
    for (int i = 0; i < n; i++) {
      double t = 8 + i / 12.0;
      if (i > 0) {
        double target = occupied(t) ? OCCUPIED_STEADY : OUTDOOR;
        c = target + (c - target) * Math.exp(-RATE / 12);
      }
      rows[i][0] = Math.round(t * 10000) / 10000.0;
      rows[i][1] = Math.round(c);
    }
    return rows;
  }

  private static boolean occupied(double t) {
    return (t > 8.5 && t <= 12.5) || (t > 13.5 && t <= 17.5);
  }

  static byte[] csv() {
    StringBuilder out = new StringBuilder("Times,CO2\n");
    for (double[] r : samples()) {
      out.append(String.format(Locale.ROOT, "%s,%s%n", number(r[0]), number(r[1])));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx() {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("CO2");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Times");
      header.createCell(1).setCellValue("CO2");
      double[][] samples = samples();
      for (int i = 0; i < samples.length; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(samples[i][0]);
        row.createCell(1).setCellValue(samples[i][1]);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
