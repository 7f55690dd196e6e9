package io.caimira.calculator.co2;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import io.caimira.calculator.input.Co2Input;
import io.caimira.calculator.input.WorkBudget;
import io.caimira.calculator.presence.Occupancy;
import io.caimira.model.co2.ChangePointDetector;
import io.caimira.model.co2.Co2DataModel;
import io.caimira.model.co2.Co2Fit;
import io.caimira.model.co2.VentilationTransitions;
import io.caimira.model.time.IntPiecewiseConstant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The computation of the CO₂ endpoints (api.md §7.3, physics.md §3), which upstream's REST controller never
 * reaches (api.md §13, decision 3).
 */
public final class Co2Calculator {
  private Co2Calculator() {}

  /** Suggested transition times: occupancy changes and ventilation change points. */
  public static TransitionTimes transitionTimes(Co2Input input) {
    double[] occupancy = occupancy(input).transitionTimes();
    double[] ventilation = ChangePointDetector.findChangePoints(input.data().times(), input.data().co2());
    List<Double> total = new ArrayList<>(List.of(occupancy[0], occupancy[occupancy.length - 1]));
    for (double t : ventilation) {
      total.add(t);
    }
    total.sort(Double::compare);
    return new TransitionTimes(list(occupancy), list(ventilation), total);
  }

  /**
   * The fit of the exhalation rate and of one air-change rate per ventilation interval; the intervals are the
   * chosen ventilation states, the last CO₂ time appended.
   *
   * @throws InputError naming {@code fitting_ventilation_states} when no interval is given, or
   *     {@code occupancy}/{@code total_people} when nobody is ever present
   */
  public static Co2FitResult fit(Co2Input input) {
    WorkBudget.checkCo2Fit(input);
    double[] times = input.data().times();
    double[] states = input.fittingVentilationStates().stream().mapToDouble(Double::doubleValue).toArray();
    if (states.length == 0) {
      throw new InputError("fitting_ventilation_states", Message.of(MessageKey.FIT_STATES_EMPTY));
    }
    double[] transitions = VentilationTransitions.ventilationTransitionTimes(states, times[times.length - 1]);
    if (transitions.length < 2) {
      throw new InputError("fitting_ventilation_states", Message.of(MessageKey.FIT_STATES_NO_INTERVAL));
    }
    for (int i = 1; i < transitions.length; i++) {
      if (!(transitions[i - 1] < transitions[i])) {
        throw new InputError("fitting_ventilation_states", Message.of(MessageKey.FIT_STATES_NOT_INCREASING));
      }
    }
    IntPiecewiseConstant occupancy = occupancy(input);
    if (occupancy.max() <= 0) {
      throw new InputError(input.population().hasOccupancy() ? "occupancy" : "total_people",
          Message.of(MessageKey.NOBODY_PRESENT));
    }
    Co2Fit fit = new Co2DataModel(input.roomVolume(), input.roomCapacity(), occupancy, transitions, times,
        input.data().co2()).fit();
    return new Co2FitResult(fit.exhalationRate(), list(fit.ventilationValues()), fit.roomCapacity(),
        list(fit.ventilationLsValues()),
        fit.ventilationLspValues() == null ? null : list(fit.ventilationLspValues()),
        list(fit.predictedCo2()));
  }

  private static IntPiecewiseConstant occupancy(Co2Input input) {
    return Occupancy.total(input.population());
  }

  private static List<Double> list(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
