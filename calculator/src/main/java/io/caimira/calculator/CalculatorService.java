package io.caimira.calculator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the adapters (REST API, web UI, CLI) call: each method takes a request body as parsed JSON and answers the
 * {@code results} object of upstream's envelope, ready for Jackson. Bad input throws {@link InputError}.
 */
public interface CalculatorService {

  /** POST /virus/report. */
  Object virusReport(JsonNode body, ReportOptions options);

  /** POST /co2/transition_times. */
  Object co2TransitionTimes(JsonNode body);

  /** POST /co2/report. */
  Object co2Report(JsonNode body);

  /**
   * Where the outside temperatures of natural ventilation at a location come from, and how far that is; null when
   * this calculator cannot say.
   */
  default io.caimira.calculator.build.WeatherSource.Info weatherSource(double latitude, double longitude) {
    return null;
  }
}
