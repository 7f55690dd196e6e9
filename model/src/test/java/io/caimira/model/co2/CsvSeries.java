package io.caimira.model.co2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A two-column CSV test fixture (time_h, co2_ppm) from the test class path. */
record CsvSeries(double[] times, double[] co2) {

  static CsvSeries load(String resource) {
    InputStream in = CsvSeries.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("missing test resource " + resource);
    }
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split(",");
        rows.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] t = new double[rows.size()];
    double[] c = new double[rows.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = rows.get(i)[0];
      c[i] = rows.get(i)[1];
    }
    return new CsvSeries(t, c);
  }
}
