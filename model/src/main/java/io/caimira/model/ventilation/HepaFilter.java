package io.caimira.model.ventilation;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;

/** A portable HEPA air cleaner with a clean-air delivery rate [m³/h] while active: removal = flow / volume. */
public record HepaFilter(Interval active, Samples flowRate) implements Ventilation {

  public HepaFilter(Interval active, double flowRate) {
    this(active, Samples.constant(flowRate));
  }

  @Override
  public Samples airExchange(Room room, double t) {
    return active.triggered(t) ? flowRate.dividedBy(room.volume()) : Samples.constant(0.0);
  }

  @Override
  public double[] transitionTimes(Room room) {
    return active.transitionTimes();
  }
}
