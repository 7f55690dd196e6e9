package io.caimira.model.ventilation;

import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;
import io.caimira.model.time.PiecewiseConstant;

/** A sliding or side-hung window (hinge vertical): measured average discharge coefficient 0.6. */
public record SlidingWindow(
    Interval active,
    PiecewiseConstant outsideTemperature,
    Samples windowHeight,
    Samples openingLength,
    int numberOfWindows,
    double minDeltaT)
    implements Window {

  public static final double DISCHARGE_COEFFICIENT = 0.6;
  public static final double DEFAULT_MIN_DELTA_T = 0.1;

  public SlidingWindow(
      Interval active, PiecewiseConstant outsideTemperature, double height, double openingLength, int windows) {
    this(active, outsideTemperature, Samples.constant(height), Samples.constant(openingLength), windows,
        DEFAULT_MIN_DELTA_T);
  }

  @Override
  public Samples dischargeCoefficient() {
    return Samples.constant(DISCHARGE_COEFFICIENT);
  }
}
