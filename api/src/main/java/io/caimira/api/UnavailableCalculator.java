package io.caimira.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.ReportOptions;

/** Stands in when no implementation was found: every call fails with the lookup's explanation. */
final class UnavailableCalculator implements CalculatorService {
  private final String problem;

  UnavailableCalculator(String problem) {
    this.problem = problem;
  }

  String problem() {
    return problem;
  }

  @Override
  public Object virusReport(JsonNode body, ReportOptions options) {
    throw new CalculatorUnavailable(problem);
  }

  @Override
  public Object co2TransitionTimes(JsonNode body) {
    throw new CalculatorUnavailable(problem);
  }

  @Override
  public Object co2Report(JsonNode body) {
    throw new CalculatorUnavailable(problem);
  }
}
