package io.caimira.api;

/** No calculator implementation could be loaded: answered 503, and readiness is down. */
public final class CalculatorUnavailable extends RuntimeException {
  public CalculatorUnavailable(String message) {
    super(message);
  }
}
