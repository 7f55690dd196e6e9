package io.caimira.webapp.co2;

import io.caimira.calculator.input.Co2Input;
import io.caimira.calculator.presence.Occupancy;
import io.caimira.model.time.IntPiecewiseConstant;

/**
 * The simulation time of a CO₂ input, from its first to its last occupancy change (the presence times of the
 * form), and the checks of the sensor data and of the transition times against it (webapp.md §3 steps 2 and 4).
 */
record SimulationSpan(double start, double finish) {
  private static final double TOLERANCE = 1e-9;

  /** The span of the input's occupancy; null when nobody is ever present (the fit names that error). */
  static SimulationSpan of(Co2Input input) {
    IntPiecewiseConstant occupancy = Occupancy.total(input.population());
    if (occupancy.max() <= 0) {
      return null;
    }
    double[] t = occupancy.transitionTimes();
    return new SimulationSpan(t[0], t[t.length - 1]);
  }

  /** The sensor times must cover the simulation time. */
  void checkCovered(double[] times, Co2Messages text) {
    double first = times[0];
    double last = times[times.length - 1];
    if (first > start + TOLERANCE || last < finish - TOLERANCE) {
      throw new UploadError(400, SensorTable.FIELD, text.file_coverage(HoursText.hhmm(start),
          HoursText.hhmm(finish), HoursText.hhmm(first), HoursText.hhmm(last)));
    }
  }

  /** At least two transition times, the last not after the end of the simulation. */
  void checkStates(java.util.List<Double> states, Co2Messages text) {
    String field = "fitting_ventilation_states";
    if (states.size() < 2) {
      throw new UploadError(400, field, text.times_too_few());
    }
    double last = states.get(states.size() - 1);
    if (last > finish + TOLERANCE) {
      throw new UploadError(400, field, text.states_after_end(HoursText.hhmm(last), HoursText.hhmm(finish)));
    }
  }
}
