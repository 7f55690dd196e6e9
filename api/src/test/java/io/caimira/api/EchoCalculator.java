package io.caimira.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.ReportOptions;
import io.caimira.model.work.Cancellation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Test double registered in src/test/resources/META-INF/services only. Echoes its inputs; special keys drive it:
 * {@code "_error": {"field", "message"}} → InputError; {@code "_sleep_ms": n} → sleeps in 10 ms steps, each followed by a
 * cancellation check (as the model's loops do);
 * {@code "_crash": true} → an unexpected exception; {@code "_nan": true} → non-finite numbers in the results.
 */
public class EchoCalculator implements CalculatorService {

  /**
   * Requests with {@code "_block": true} wait while the system property {@value #GATE} is "closed". A system
   * property, because the application and the test may load this class in different class loaders.
   */
  static final String GATE = "caimira.test.gate";

  static final String GATE_CLOSED = "closed";

  @Override
  public Object virusReport(JsonNode body, ReportOptions options) {
    Map<String, Object> results = behave("virus_report", body);
    results.put("options", options);
    return results;
  }

  @Override
  public Object co2TransitionTimes(JsonNode body) {
    return behave("co2_transition_times", body);
  }

  @Override
  public Object co2Report(JsonNode body) {
    return behave("co2_report", body);
  }

  private static Map<String, Object> behave(String route, JsonNode body) {
    JsonNode error = body.get("_error");
    if (error != null) {
      throw new InputError(error.path("field").asText(null), error.path("message").asText());
    }
    if (body.path("_crash").asBoolean()) {
      throw new IllegalStateException("simulated bug");
    }
    if (body.path("_block").asBoolean()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (GATE_CLOSED.equals(System.getProperty(GATE)) && System.nanoTime() < deadline) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted");
        }
        Cancellation.check();
      }
    }
    long sleep = body.path("_sleep_ms").asLong(0);
    long wakeUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(sleep);
    while (System.nanoTime() < wakeUp) {
      try {
        Thread.sleep(Math.min(10, Math.max(1, TimeUnit.NANOSECONDS.toMillis(wakeUp - System.nanoTime()))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      Cancellation.check();
    }
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("route", route);
    results.put("input", body);
    if (body.path("_nan").asBoolean()) {
      results.put("nan", Double.NaN);
      results.put("values", new double[] {1.0, Double.POSITIVE_INFINITY});
    }
    return results;
  }
}
