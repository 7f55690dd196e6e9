package io.caimira.calculator.build;

import io.caimira.calculator.input.RoomInput;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PiecewiseConstant;

/** The room (physics.md §1.2): humidity 0.3 heated / 0.5 otherwise at 293 K, or the sensors' values. */
final class RoomFactory {
  static final double HUMIDITY_WITH_HEATING = 0.3;
  static final double HUMIDITY_WITHOUT_HEATING = 0.5;
  static final double INSIDE_TEMPERATURE = 293.0;

  private RoomFactory() {}

  static Room room(RoomInput r) {
    double humidity;
    double temperature;
    if (r.usesSensors()) {
      humidity = r.sensorHumidity();
      temperature = r.sensorInsideTemperature();
    } else {
      humidity = r.heated() ? HUMIDITY_WITH_HEATING : HUMIDITY_WITHOUT_HEATING;
      temperature = INSIDE_TEMPERATURE;
    }
    return new Room(Samples.constant(r.volume()), PiecewiseConstant.constant(0, 24, temperature),
        Samples.constant(humidity), null);
  }
}
