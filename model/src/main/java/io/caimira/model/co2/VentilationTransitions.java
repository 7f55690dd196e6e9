package io.caimira.model.co2;

import java.util.Arrays;

/** The ventilation transition times of a CO₂ fit, from the ventilation states the user chose. */
public final class VentilationTransitions {
  private VentilationTransitions() {}

  /**
   * The chosen ventilation states (times [h]) with the last CO₂ sample time appended when the list
   * is not empty and does not already end with it, so that the last ventilation interval reaches
   * the end of the data. An empty list stays empty (the fit then rejects it).
   */
  public static double[] ventilationTransitionTimes(double[] states, double lastSampleTime) {
    if (states.length == 0 || states[states.length - 1] == lastSampleTime) {
      return states.clone();
    }
    double[] out = Arrays.copyOf(states, states.length + 1);
    out[states.length] = lastSampleTime;
    return out;
  }
}
