package io.caimira.api.real;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The upstream reference cases of {@code ../shared/reference/*.jsonl} (one JSON object a line). */
final class ReferenceCases {
  /** Upstream's outputs may hold bare NaN tokens. */
  static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private ReferenceCases() {}

  static Path folder() {
    return RealCalculator.SHARED.resolve("reference");
  }

  static boolean available() {
    return Files.isDirectory(folder());
  }

  static List<JsonNode> read(String file) {
    try {
      List<JsonNode> cases = new ArrayList<>();
      for (String line : Files.readAllLines(folder().resolve(file))) {
        if (!line.isBlank()) {
          cases.add(JSON.readTree(line));
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON value that upstream sends either as a JSON string holding JSON, or directly. */
  static JsonNode unwrap(JsonNode value) {
    if (value != null && value.isTextual()) {
      try {
        return JSON.readTree(value.asText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value;
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
