package io.caimira.model.ventilation;

import io.caimira.model.sample.Samples;
import io.caimira.model.time.Interval;
import io.caimira.model.time.PiecewiseConstant;

/**
 * A top- or bottom-hung window (hinge horizontal). Its discharge coefficient follows the UK BB101 simple model:
 * Cd = Cd_max · (1 − exp(−M · α)) with the opening angle α = 2·asin(L / (2h)) in degrees and (M, Cd_max) chosen
 * by the width/height ratio. A zero width is accepted (it falls in the first ratio band), as upstream does.
 */
public record HingedWindow(
    Interval active,
    PiecewiseConstant outsideTemperature,
    Samples windowHeight,
    Samples openingLength,
    int numberOfWindows,
    double minDeltaT,
    Samples windowWidth)
    implements Window {

  public HingedWindow(
      Interval active,
      PiecewiseConstant outsideTemperature,
      double height,
      double openingLength,
      int windows,
      double width) {
    this(active, outsideTemperature, Samples.constant(height), Samples.constant(openingLength), windows,
        SlidingWindow.DEFAULT_MIN_DELTA_T, Samples.constant(width));
  }

  @Override
  public Samples dischargeCoefficient() {
    int n = Samples.broadcastSize(windowWidth, windowHeight, openingLength);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = coefficient(windowWidth.get(i), windowHeight.get(i), openingLength.get(i));
    }
    return Samples.adopt(out);
  }

  static double coefficient(double width, double height, double openingLength) {
    double ratio = width / height;
    double m;
    double cdMax;
    if (ratio < 0.5) {
      m = 0.06;
      cdMax = 0.612;
    } else if (ratio < 1) {
      m = 0.048;
      cdMax = 0.589;
    } else if (ratio < 2) {
      m = 0.04;
      cdMax = 0.563;
    } else {
      m = 0.038;
      cdMax = 0.548;
    }
    double angle = 2.0 * Math.toDegrees(Math.asin(openingLength / (2.0 * height)));
    return cdMax * (1 - Math.exp(-m * angle));
  }
}
