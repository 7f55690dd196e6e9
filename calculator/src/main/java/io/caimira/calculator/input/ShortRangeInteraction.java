package io.caimira.calculator.input;

import io.caimira.model.aerosol.ExpirationType;

/**
 * One face-to-face interaction with the infected.
 *
 * @param group the group id it was given under
 * @param start start [minutes since midnight]
 * @param duration duration [min] (a non-negative number)
 */
public record ShortRangeInteraction(String group, ExpirationType expiration, int start, double duration) {

  public double startHours() {
    return start / 60.0;
  }

  public double finishHours() {
    return (start + duration) / 60.0;
  }
}
