package io.caimira.model.weather;

/** Temperature unit conversion. */
public final class Temperatures {
  /** 0 °C in kelvin. */
  public static final double ZERO_CELSIUS_IN_KELVIN = 273.15;

  private Temperatures() {}

  public static double celsiusToKelvin(double celsius) {
    return celsius + ZERO_CELSIUS_IN_KELVIN;
  }
}
