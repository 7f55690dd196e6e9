package io.caimira.calculator.weather;

/** The weather configuration given by the environment is incomplete, unreadable or invalid. */
public final class WeatherConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WeatherConfigurationException(String message) {
    super(message);
  }

  public WeatherConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
