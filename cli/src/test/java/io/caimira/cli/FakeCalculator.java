package io.caimira.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.ReportOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test double registered in src/test/resources/META-INF/services only: echoes its inputs;
 * {@code "_error": {"field", "message"}} → InputError, {@code "_crash": true} → a bug, {@code "_nan": true} → NaN.
 */
public class FakeCalculator implements CalculatorService {
  @Override
  public Object virusReport(JsonNode body, ReportOptions options) {
    Map<String, Object> results = echo("virus_report", body);
    results.put("options", options);
    return results;
  }

  @Override
  public Object co2TransitionTimes(JsonNode body) {
    return echo("co2_transition_times", body);
  }

  @Override
  public Object co2Report(JsonNode body) {
    return echo("co2_report", body);
  }

  private static Map<String, Object> echo(String route, JsonNode body) {
    if (body.has("_error")) {
      throw new InputError(body.get("_error").path("field").asText(null), body.get("_error").path("message").asText());
    }
    if (body.path("_crash").asBoolean()) {
      throw new IllegalStateException("simulated bug");
    }
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("route", route);
    results.put("input", body);
    if (body.path("_nan").asBoolean()) {
      results.put("nan", Double.NaN);
    }
    return results;
  }
}
