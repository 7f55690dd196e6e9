package io.caimira.calculator.report;

import io.caimira.model.concentration.ConcentrationModel;
import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.exposure.ExposureModel;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Interval;
import io.caimira.model.ventilation.AirChange;
import io.caimira.model.ventilation.HepaFilter;
import io.caimira.model.ventilation.MechanicalSupply;
import io.caimira.model.ventilation.MultipleVentilation;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.ventilation.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The times at which a report evaluates its curves [h].
 *
 * <p>Key times: the first and last population change over all groups (t_start, t_end) and every start and end of
 * the presence of the exposed and of the infected, of the short-range interactions and of the ventilation
 * {@code active} intervals, restricted to [t_start, t_end]. Temperature profiles are not key times.
 *
 * <p>Between key times the grid follows the lattice t_start + k·gap (gap = 1/15 h by default) computed by
 * multiplication, never by accumulation (decided deviation 10 of the API spec): a lattice point within
 * {@link #TOLERANCE} of a key time is dropped in favour of the key time. Upstream instead restarts the filling
 * at every key time and accumulates the gap, which leaves near-duplicate points (141 instead of 136 points for
 * the documentation example).
 */
public final class TimeGrid {
  /** Points per hour of the default grid. */
  public static final int POINTS_PER_HOUR = 15;

  /** A lattice point this close to a key time [h] is the key time (about 4 µs). */
  public static final double TOLERANCE = 1e-9;

  private TimeGrid() {}

  /** The report grid of the given groups: key times filled with the default lattice (gap 1/15 h). */
  public static double[] of(List<ExposureModel> groups) {
    return fill(keyTimes(groups), 0);
  }

  /**
   * Key times filled so that the step is at most duration / {@code approxPoints} (duration·15 points when
   * {@code approxPoints} is 0, i.e. a gap of 1/15 h).
   *
   * @param sortedKeyTimes distinct key times, increasing, at least one
   */
  public static double[] fill(double[] sortedKeyTimes, int approxPoints) {
    if (sortedKeyTimes.length == 0) {
      throw new IllegalArgumentException("At least one key time is needed");
    }
    double start = sortedKeyTimes[0];
    double end = sortedKeyTimes[sortedKeyTimes.length - 1];
    double duration = end - start;
    if (!(duration > 0)) {
      return sortedKeyTimes.clone();
    }
    double points = approxPoints > 0 ? approxPoints : duration * POINTS_PER_HOUR;
    return lattice(sortedKeyTimes, duration / points);
  }

  /**
   * The key times merged with the lattice t_0 + k·gap (t_0 the first key time) up to the last key time; lattice
   * points within {@link #TOLERANCE} of a key time are dropped.
   */
  public static double[] lattice(double[] sortedKeyTimes, double gap) {
    if (!(gap > 0)) {
      throw new IllegalArgumentException("The gap must be positive: " + gap);
    }
    for (int i = 1; i < sortedKeyTimes.length; i++) {
      if (!(sortedKeyTimes[i] > sortedKeyTimes[i - 1])) {
        throw new IllegalArgumentException("Key times must be strictly increasing");
      }
    }
    double start = sortedKeyTimes[0];
    double end = sortedKeyTimes[sortedKeyTimes.length - 1];
    List<Double> out = new ArrayList<>();
    int key = 0;
    for (long k = 0; ; k++) {
      double t = start + k * gap;
      if (t >= end - TOLERANCE) {
        break;
      }
      while (key < sortedKeyTimes.length && sortedKeyTimes[key] <= t + TOLERANCE) {
        out.add(sortedKeyTimes[key++]);
      }
      double last = out.isEmpty() ? Double.NEGATIVE_INFINITY : out.get(out.size() - 1);
      if (t - last > TOLERANCE) {
        out.add(t);
      }
    }
    while (key < sortedKeyTimes.length) {
      out.add(sortedKeyTimes[key++]);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** t_start and t_end: the first and last population change over all groups. */
  public static double[] bounds(List<ExposureModel> groups) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("A report needs at least one group");
    }
    double start = Double.POSITIVE_INFINITY;
    double end = Double.NEGATIVE_INFINITY;
    for (ExposureModel g : groups) {
      double[] changes = g.populationStateChangeTimes();
      start = Math.min(start, changes[0]);
      end = Math.max(end, changes[changes.length - 1]);
    }
    return new double[] {start, end};
  }

  /** The key times of the groups, sorted, distinct, within [t_start, t_end]. */
  public static double[] keyTimes(List<ExposureModel> groups) {
    double[] bounds = bounds(groups);
    TreeSet<Double> set = new TreeSet<>();
    set.add(bounds[0]);
    set.add(bounds[1]);
    for (ExposureModel g : groups) {
      for (Interval interval : intervals(g)) {
        for (double t : interval.transitionTimes()) {
          set.add(t);
        }
      }
    }
    return set.subSet(bounds[0], true, bounds[1], true).stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Every interval of a group whose transitions are key times. */
  static List<Interval> intervals(ExposureModel g) {
    List<Interval> out = new ArrayList<>();
    out.add(g.exposed().presenceInterval());
    for (LongRangeConcentration c : g.concentrationModels()) {
      out.add(c.infected().presenceInterval());
      if (c instanceof ConcentrationModel m) {
        ventilationIntervals(m.ventilation(), out);
      }
    }
    for (ShortRangeModel sr : g.shortRange()) {
      out.add(() -> List.of(sr.presence()));
    }
    return out;
  }

  /** The {@code active} intervals of a ventilation and of its parts (custom ventilation has none). */
  static void ventilationIntervals(Ventilation v, List<Interval> out) {
    if (v instanceof MultipleVentilation multiple) {
      for (Ventilation part : multiple.parts()) {
        ventilationIntervals(part, out);
      }
    } else if (v instanceof AirChange a) {
      out.add(a.active());
    } else if (v instanceof HepaFilter h) {
      out.add(h.active());
    } else if (v instanceof MechanicalSupply m) {
      out.add(m.active());
    } else if (v instanceof Window w) {
      out.add(w.active());
    }
  }
}
