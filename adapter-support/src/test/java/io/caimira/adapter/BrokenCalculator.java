package io.caimira.adapter;

/** A provider whose construction fails, as a misconfigured implementation would. */
public class BrokenCalculator extends RegisteredCalculator {
  public BrokenCalculator() {
    throw new IllegalStateException("CAIMIRA_WEATHER_DATA is set but CAIMIRA_WEATHER_STATIONS is not");
  }
}
