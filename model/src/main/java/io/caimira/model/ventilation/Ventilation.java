package io.caimira.model.ventilation;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;

/** A way air is exchanged or cleaned in a room, as a removal rate that may change during the day. */
public interface Ventilation {

  /** Air exchange rate [h⁻¹] at time t (hours); constant between transition times, (start, end] convention. */
  Samples airExchange(Room room, double t);

  /** Times at which the air exchange may change value, sorted, without duplicates. */
  double[] transitionTimes(Room room);
}
