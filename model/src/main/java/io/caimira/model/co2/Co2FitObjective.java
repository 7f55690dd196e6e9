package io.caimira.model.co2;

import io.caimira.model.concentration.Co2ConcentrationModel;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.ventilation.CustomVentilation;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The quantity the CO₂ fit minimises: the Euclidean norm sqrt(Σ (measured − predicted)²) over the
 * sample times, for parameters x = [exhalation rate, ACH of interval 1, …, ACH of interval n−1].
 *
 * <p>Each evaluation builds one {@link Co2ConcentrationModel} and gets every prediction from one
 * walk through its state changes ({@code meanConcentrations}); the room, the headcount and the
 * time ordering are prepared once.
 */
final class Co2FitObjective implements ToDoubleFunction<double[]> {
  private final Room room;
  private final Headcount headcount;
  private final double[] ventilationTimes;
  private final double[] sortedTimes;
  /** Measured values in the order of {@link #sortedTimes}. */
  private final double[] sortedMeasured;
  /** Input index of each sorted time, or null when the input times are already sorted. */
  private final int[] order;

  Co2FitObjective(
      Room room, Headcount headcount, double[] ventilationTimes, double[] times, double[] co2) {
    this.room = room;
    this.headcount = headcount;
    this.ventilationTimes = ventilationTimes;
    this.order = isSorted(times) ? null : sortingOrder(times);
    if (order == null) {
      this.sortedTimes = times;
      this.sortedMeasured = co2;
    } else {
      this.sortedTimes = new double[times.length];
      this.sortedMeasured = new double[times.length];
      for (int j = 0; j < order.length; j++) {
        sortedTimes[j] = times[order[j]];
        sortedMeasured[j] = co2[order[j]];
      }
    }
  }

  @Override
  public double applyAsDouble(double[] x) {
    double[] predicted = model(x).meanConcentrations(sortedTimes);
    double sum = 0.0;
    for (int j = 0; j < predicted.length; j++) {
      double d = sortedMeasured[j] - predicted[j];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  /** Predicted concentrations [ppm] for parameters x, in the order of the input times. */
  double[] predict(double[] x) {
    double[] sorted = model(x).meanConcentrations(sortedTimes);
    if (order == null) {
      return sorted;
    }
    double[] out = new double[sorted.length];
    for (int j = 0; j < order.length; j++) {
      out[order[j]] = sorted[j];
    }
    return out;
  }

  private Co2ConcentrationModel model(double[] x) {
    double exhalation = x[0];
    PiecewiseConstant airChanges =
        new PiecewiseConstant(ventilationTimes, Arrays.copyOfRange(x, 1, x.length));
    return new Co2ConcentrationModel(
        room,
        new CustomVentilation(airChanges),
        new SimplePopulation(headcount, Activity.of(exhalation, exhalation)));
  }

  private static boolean isSorted(double[] times) {
    for (int j = 1; j < times.length; j++) {
      if (times[j] < times[j - 1]) {
        return false;
      }
    }
    return true;
  }

  private static int[] sortingOrder(double[] times) {
    return java.util.stream.IntStream.range(0, times.length)
        .boxed()
        .sorted((a, b) -> Double.compare(times[a], times[b]))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
