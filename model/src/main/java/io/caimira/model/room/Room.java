package io.caimira.model.room;

import io.caimira.model.sample.Samples;
import io.caimira.model.time.PiecewiseConstant;

/**
 * The indoor space.
 *
 * @param volume air volume [m³]
 * @param insideTemperature inside air temperature over the day [K]
 * @param humidity relative humidity [0..1]
 * @param capacity maximum number of occupants, when known (used for flow rates per person), else null
 */
public record Room(Samples volume, PiecewiseConstant insideTemperature, Samples humidity, Integer capacity) {

  /** Default inside temperature: 293 K all day. */
  public static final PiecewiseConstant DEFAULT_INSIDE_TEMPERATURE = PiecewiseConstant.constant(0, 24, 293.0);

  /** Default relative humidity. */
  public static final double DEFAULT_HUMIDITY = 0.5;

  public Room {
    java.util.Objects.requireNonNull(volume, "volume");
    java.util.Objects.requireNonNull(insideTemperature, "insideTemperature");
    java.util.Objects.requireNonNull(humidity, "humidity");
  }

  public Room(double volume) {
    this(Samples.constant(volume), DEFAULT_INSIDE_TEMPERATURE, Samples.constant(DEFAULT_HUMIDITY), null);
  }

  public Room(double volume, PiecewiseConstant insideTemperature, double humidity) {
    this(Samples.constant(volume), insideTemperature, Samples.constant(humidity), null);
  }
}
