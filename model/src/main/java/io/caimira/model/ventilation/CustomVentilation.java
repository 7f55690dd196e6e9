package io.caimira.model.ventilation;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PiecewiseConstant;

/** An air exchange rate [h⁻¹] given directly as a piecewise-constant function of time (e.g. fitted on CO₂ data). */
public record CustomVentilation(PiecewiseConstant rate) implements Ventilation {

  @Override
  public Samples airExchange(Room room, double t) {
    return Samples.constant(rate.value(t));
  }

  @Override
  public double[] transitionTimes(Room room) {
    return rate.transitionTimes();
  }
}
