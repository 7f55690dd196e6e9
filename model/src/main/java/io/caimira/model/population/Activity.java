package io.caimira.model.population;

import io.caimira.model.sample.Samples;

/** Breathing rates of a physical activity [m³/h]. */
public record Activity(Samples inhalationRate, Samples exhalationRate) {

  public static Activity of(double inhalation, double exhalation) {
    return new Activity(Samples.constant(inhalation), Samples.constant(exhalation));
  }
}
