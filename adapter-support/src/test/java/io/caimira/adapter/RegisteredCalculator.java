package io.caimira.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.ReportOptions;

/** Registered in this module's test META-INF/services only. */
public class RegisteredCalculator implements CalculatorService {
  @Override
  public Object virusReport(JsonNode body, ReportOptions options) {
    return body;
  }

  @Override
  public Object co2TransitionTimes(JsonNode body) {
    return body;
  }

  @Override
  public Object co2Report(JsonNode body) {
    return body;
  }
}
