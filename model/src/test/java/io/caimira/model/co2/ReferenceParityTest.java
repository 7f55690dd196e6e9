package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with upstream's POST /co2/transition_times answers stored in
 * shared/reference/co2_public.jsonl ({@code transition_times.ventilation_times}). Skipped when the
 * folder is absent (e.g. in CI). Tolerance: same number of change points, each within two sampling
 * steps of upstream's.
 */
class ReferenceParityTest {
  private static final Path CASES = Path.of("..", "..", "shared", "reference", "co2_public.jsonl");

  @TestFactory
  Stream<DynamicTest> ventilationTimesMatchUpstream() throws IOException {
    assumeTrue(Files.isRegularFile(CASES), "shared/reference/co2_public.jsonl not available");
    ObjectMapper json = new ObjectMapper();
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = json.readTree(line);
      tests.add(DynamicTest.dynamicTest(c.path("id").asText(), () -> check(json, c)));
    }
    assumeTrue(!tests.isEmpty(), "no reference case");
    return tests.stream();
  }

  private static void check(ObjectMapper json, JsonNode c) throws IOException {
    JsonNode data = c.path("input").path("CO2_data");
    if (data.isTextual()) { // the API takes CO2_data as a JSON-encoded string
      data = json.readTree(data.asText());
    }
    double[] times = doubles(data.path("times"));
    double[] co2 = doubles(data.path("CO2"));
    double[] expected = doubles(c.path("transition_times").path("ventilation_times"));
    double step = Math.abs(times[1] - times[0]);

    double[] found = ChangePointDetector.findChangePoints(times, co2);

    assertThat(found).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(Math.abs(found[i] - expected[i])).isLessThanOrEqualTo(2 * step + 1e-12);
    }
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
