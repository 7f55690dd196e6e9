package io.caimira.calculator.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.model.weather.GenevaWeatherProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every virus-report input of the shared reference cases parses and builds, with as many exposed groups as
 * upstream answered (skipped when the folder is absent). Numbers are compared by the report's tests.
 */
class ReferenceInputsBuildTest {
  // upstream outputs may hold bare NaN tokens
  private static final com.fasterxml.jackson.databind.ObjectMapper READER =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final Path DIR = Path.of("..", "..", "shared", "reference");

  @TestFactory
  Stream<DynamicTest> referenceInputsBuild() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : List.of("virus_public.jsonl", "virus_extra_public.jsonl")) {
      Path path = DIR.resolve(file);
      assumeTrue(Files.isRegularFile(path), path + " not available");
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = READER.readTree(line);
        tests.add(DynamicTest.dynamicTest(c.path("id").asText(), () -> {
          JsonNode group = c.path("output").path("groups").elements().next();
          if (group.path("prob_probabilistic_exposure").isNumber()
              && Double.isNaN(group.path("prob_probabilistic_exposure").doubleValue())) {
            // decision 13: upstream answers NaN for inconsistent incidence inputs; the port rejects them
            assertThatThrownBy(() -> VirusInputParser.parse(c.get("input")))
                .isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).field()).isEqualTo("geographic_cases"));
            return;
          }
          Scenario s = new ScenarioBuilder(GenevaWeatherProvider.instance())
              .build(VirusInputParser.parse(c.get("input")), 200, 1L);
          assertThat(s.groups()).hasSize(c.path("output").path("groups").size());
        }));
      }
    }
    return tests.stream();
  }
}
