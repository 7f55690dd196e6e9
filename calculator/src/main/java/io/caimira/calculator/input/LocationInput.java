package io.caimira.calculator.input;

/**
 * Where and when: coordinates [degrees] and the month (1 = January) of the event.
 *
 * @param outside the user's outside temperatures for natural ventilation, or null to use the weather data
 */
public record LocationInput(double latitude, double longitude, String name, int month, OutsideTemperatures outside) {
  public LocationInput(double latitude, double longitude, String name, int month) {
    this(latitude, longitude, name, month, null);
  }
}
