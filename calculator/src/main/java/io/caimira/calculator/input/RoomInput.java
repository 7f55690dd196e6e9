package io.caimira.calculator.input;

/**
 * The room.
 *
 * @param volume room volume [m³] (given, or floor area × ceiling height)
 * @param heated {@code room_heating_option}: humidity 0.3 instead of 0.5
 * @param sensorHumidity relative humidity 0..1 from {@code humidity}, when {@code arve_sensors_option}; else null
 * @param sensorInsideTemperature {@code inside_temp} [K], used only when {@code arve_sensors_option}
 */
public record RoomInput(double volume, boolean heated, Double sensorHumidity, double sensorInsideTemperature) {

  public boolean usesSensors() {
    return sensorHumidity != null;
  }
}
