package io.caimira.model.weather;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the HadISD fixed-width station list. Each non-blank line holds the station id in columns [0, 12), the
 * name in [13, 44), the latitude in [44, 51) and the longitude in [51, 60); later columns (elevation, dates) are
 * ignored. Stations are returned in file order.
 */
public final class StationListParser {
  private static final int ID_END = 12;
  private static final int NAME_START = 13;
  private static final int NAME_END = 44;
  private static final int LAT_END = 51;
  private static final int LON_END = 60;

  private StationListParser() {}

  public static List<Station> parse(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader);
    }
  }

  public static List<Station> parse(Reader source) throws IOException {
    BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source);
    List<Station> stations = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (!line.isBlank()) {
        stations.add(parseLine(line, lineNumber));
      }
    }
    return List.copyOf(stations);
  }

  /** One line of the list; {@code lineNumber} (1-based) only serves error messages. */
  static Station parseLine(String line, int lineNumber) {
    if (line.length() < LON_END) {
      throw new IllegalArgumentException(
          "station list line " + lineNumber + ": expected at least " + LON_END + " characters, got "
              + line.length());
    }
    try {
      return new Station(
          line.substring(0, ID_END).trim(),
          line.substring(NAME_START, NAME_END).trim(),
          Double.parseDouble(line.substring(NAME_END, LAT_END).trim()),
          Double.parseDouble(line.substring(LAT_END, LON_END).trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("station list line " + lineNumber + ": " + e.getMessage(), e);
    }
  }
}
