package io.caimira.calculator.presence;

import io.caimira.calculator.input.MinuteSpan;
import io.caimira.calculator.input.OccupancyGroup;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.model.co2.TotalOccupancy;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.Span;
import io.caimira.model.time.SpecificInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Numbers of people over the day from the population inputs (physics.md §1.9 and §3.2). */
public final class Occupancy {
  private Occupancy() {}

  /** A group's exposed presence: its entries sorted by start [h]. */
  public static SpecificInterval exposedPresence(OccupancyGroup group) {
    List<MinuteSpan> sorted = new ArrayList<>(group.presence());
    sorted.sort(Comparator.comparingInt(MinuteSpan::start));
    return new SpecificInterval(sorted.stream().map(m -> new Span(m.startHours(), m.finishHours())).toList());
  }

  /**
   * The infected of all groups as one function: transitions at every entry start and finish; on the segment
   * starting at t, the sum of the infected of the groups with an entry start ≤ t &lt; finish; consecutive equal
   * values merged (zero segments kept).
   */
  public static IntPiecewiseConstant infected(List<OccupancyGroup> groups) {
    TreeSet<Double> set = new TreeSet<>();
    for (OccupancyGroup g : groups) {
      for (MinuteSpan m : g.presence()) {
        set.add(m.startHours());
        set.add(m.finishHours());
      }
    }
    double[] times = set.stream().mapToDouble(Double::doubleValue).toArray();
    List<Double> mergedTimes = new ArrayList<>();
    List<Integer> mergedValues = new ArrayList<>();
    for (int i = 0; i < times.length - 1; i++) {
      int value = 0;
      for (OccupancyGroup g : groups) {
        for (MinuteSpan m : g.presence()) {
          if (m.startHours() <= times[i] && times[i] < m.finishHours()) {
            value += g.infected();
          }
        }
      }
      if (mergedValues.isEmpty() || mergedValues.get(mergedValues.size() - 1) != value) {
        mergedTimes.add(times[i]);
        mergedValues.add(value);
      }
    }
    mergedTimes.add(times[times.length - 1]);
    return new IntPiecewiseConstant(
        mergedTimes.stream().mapToDouble(Double::doubleValue).toArray(),
        mergedValues.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Everyone in the room (infected and exposed, all groups) for the CO₂ models: the sum, evaluated at each
   * segment's right end, of one function per population. Touching presence entries of one group (09:00–10:00
   * and 10:00–11:00) are joined first, where upstream fails on the duplicated time (api.md §6).
   */
  public static IntPiecewiseConstant total(PopulationInput p) {
    List<IntPiecewiseConstant> parts = new ArrayList<>();
    if (!p.hasOccupancy()) {
      parts.add(people(Presences.infected(p), p.infectedPeople()));
      parts.add(people(Presences.exposed(p), p.totalPeople() - p.infectedPeople()));
    } else {
      parts.add(infected(p.occupancy()));
      for (OccupancyGroup g : p.occupancy()) {
        parts.add(people(exposedPresence(g), g.exposed()));
      }
    }
    parts.removeIf(part -> part == null);
    if (parts.isEmpty()) {
      return new IntPiecewiseConstant(new double[] {0, 24}, new int[] {0});
    }
    return TotalOccupancy.sum(parts);
  }

  /** {@code number} people present during {@code presence} (joined when touching); null when never present. */
  static IntPiecewiseConstant people(SpecificInterval presence, int number) {
    List<Span> joined = new ArrayList<>();
    for (Span s : presence.boundaries()) {
      if (s.duration() <= 0) {
        continue;
      }
      if (!joined.isEmpty() && joined.get(joined.size() - 1).end() == s.start()) {
        Span last = joined.remove(joined.size() - 1);
        joined.add(new Span(last.start(), s.end()));
      } else {
        joined.add(s);
      }
    }
    if (joined.isEmpty()) {
      return null;
    }
    return TotalOccupancy.fromPresence(new SpecificInterval(joined), number);
  }
}
