package io.caimira.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.calculator.build.ScenarioBuilder;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.scenario.Scenario;
import io.caimira.calculator.weather.WeatherProviders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The request bodies of the standard scenarios of {@code ./caimira bench}, and models built from them. */
final class ScenarioBodies {
  /** The seed of every benchmark build: the same samples in every iteration and fork. */
  static final long SEED = 20_261_206L;
  static final int SAMPLES = 250_000;

  private ScenarioBodies() {}

  static JsonNode body(String name) {
    try (InputStream in = ScenarioBodies.class.getResourceAsStream("/bench/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("No bench scenario named " + name);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VirusInput input(String name) {
    return VirusInputParser.parse(body(name));
  }

  static ScenarioBuilder builder() {
    return new ScenarioBuilder(WeatherProviders.fromEnvironment(System.getenv()));
  }

  static Scenario scenario(String name) {
    return builder().build(input(name), SAMPLES, SEED);
  }
}
