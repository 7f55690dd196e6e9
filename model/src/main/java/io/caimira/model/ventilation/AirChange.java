package io.caimira.model.ventilation;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;

/** A fixed air change rate [h⁻¹] while active, whatever the room volume. */
public record AirChange(Interval active, Samples rate) implements Ventilation {

  public AirChange(Interval active, double rate) {
    this(active, Samples.constant(rate));
  }

  @Override
  public Samples airExchange(Room room, double t) {
    return active.triggered(t) ? rate : Samples.constant(0.0);
  }

  @Override
  public double[] transitionTimes(Room room) {
    return active.transitionTimes();
  }
}
