package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PiecewiseConstant;

/**
 * A piecewise-constant function of time: value i holds on (transition_times[i], transition_times[i+1]] [h].
 */
@JsonPropertyOrder({"transition_times", "values"})
public record Profile(
    @JsonProperty("transition_times") @JsonSerialize(using = FiniteArraySerializer.class) double[] transitionTimes,
    @JsonProperty("values") @JsonSerialize(using = FiniteArraySerializer.class) double[] values) {

  public static Profile of(PiecewiseConstant f) {
    return f == null ? null : new Profile(f.transitionTimes(), f.values());
  }

  public static Profile of(IntPiecewiseConstant f) {
    if (f == null) {
      return null;
    }
    int[] ints = f.values();
    double[] values = new double[ints.length];
    for (int i = 0; i < ints.length; i++) {
      values[i] = ints[i];
    }
    return new Profile(f.transitionTimes(), values);
  }
}
