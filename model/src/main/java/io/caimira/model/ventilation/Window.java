package io.caimira.model.ventilation;

import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;
import io.caimira.model.time.PiecewiseConstant;

/**
 * Natural ventilation through open windows, driven by buoyancy (the inside/outside temperature difference).
 *
 * <p>While open: ACH = 3600 / (3·V) · Cd · (h · L · n) · √(g · h · (Ti − To) / To) with Ti = max(Tin, To + ΔTmin),
 * where h is the window height, L the opening length, n the number of windows and Cd the discharge coefficient.
 */
public interface Window extends Ventilation {
  double GRAVITY = 9.81;

  Interval active();

  /** Outside air temperature over the day [K]. */
  PiecewiseConstant outsideTemperature();

  /** Window height [m]. */
  Samples windowHeight();

  /** Opening length [m]. */
  Samples openingLength();

  int numberOfWindows();

  /** Smallest temperature difference assumed [K], so that the flow never stops. */
  double minDeltaT();

  /** The share of the opening area that effectively exchanges air [0..1]. */
  Samples dischargeCoefficient();

  @Override
  default Samples airExchange(Room room, double t) {
    if (!active().triggered(t)) {
      return Samples.constant(0.0);
    }
    double outside = outsideTemperature().value(t);
    double inside = Math.max(room.insideTemperature().value(t), outside + minDeltaT());
    double gradient = (inside - outside) / outside;
    Samples height = windowHeight();
    Samples root = height.map(h -> Math.sqrt(GRAVITY * h * gradient));
    Samples area = height.times(openingLength()).times(numberOfWindows());
    Samples prefactor = room.volume().map(v -> 3600.0 / (3.0 * v));
    return prefactor.times(dischargeCoefficient()).times(area).times(root);
  }

  @Override
  default double[] transitionTimes(Room room) {
    return TimeSets.union(
        active().transitionTimes(),
        room.insideTemperature().transitionTimes(),
        outsideTemperature().transitionTimes());
  }
}
