package io.caimira.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Upstream's report times measured on this machine by {@code bench/upstream/side_by_side.py}: one JSON object a
 * line, {@code {"id": "v7-0", "upstream_seconds": 0.91}}.
 */
final class UpstreamTimes {
  private static final JsonMapper READER = JsonMapper.builder().build();

  private UpstreamTimes() {}

  /** Seconds by case id; a line without a positive finite time is refused with its number. */
  static Map<String, Double> read(Path file) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = READER.readTree(line);
      String id = row.path("id").asText("");
      double seconds = row.path("upstream_seconds").asDouble(Double.NaN);
      if (id.isEmpty() || !(seconds > 0) || Double.isInfinite(seconds)) {
        throw new IOException(file + ", line " + number + ": expected {\"id\": ..., \"upstream_seconds\": a positive "
            + "number}, got " + line);
      }
      out.put(id, seconds);
    }
    return out;
  }
}
