package io.caimira.model.concentration;

import io.caimira.model.time.Span;
import java.util.Arrays;
import java.util.List;

/**
 * The elementary steps of one walk through a schedule, shared by every sample: the union of the state-change
 * times after the first presence, the requested times and the breathing-span bounds, each step tagged with its
 * segment, whether it is inside a breathing span and which requested time closes it.
 */
final class Timeline {
  /** Step start and end times. */
  final double[] from;
  final double[] to;
  /** Segment of the schedule each step lies in. */
  final int[] segment;
  /** Whether the step is inside the breathing spans. */
  final boolean[] breathing;
  /** For each step, the index of the requested time at its end, or −1. */
  final int[] closes;
  /** Requested times at or before the first presence: their index (values are the background). */
  final int[] beforePresence;
  /** Breathing time before the first presence, accumulated from the first requested time to each one (hours). */
  final double[] breathingBeforePresence;
  /** Breathing time from the first requested time to the first presence (hours; 0 if it starts later). */
  final double breathingUpToPresence;
  /** The first requested time: integrals accumulate from it. */
  final double origin;
  /** Distinct step lengths (equal within 1e-12 h share one entry) and, per step, the index of its length. */
  final double[] lengths;
  final int[] lengthIndex;
  /**
   * Per step, exp(−r·Δ) of the segment's time-dependent removal r when that is the same for every sample, else NaN:
   * with the per-sample constant part a, exp(−(a + r)·Δ) = exp(−a·Δ)·exp(−r·Δ), and exp(−a·Δ) only depends on
   * the step length, so a walk needs one exponential per distinct length rather than one per step.
   */
  final double[] sharedDecay;

  Timeline(Schedule schedule, double[] times, List<Span> breathingSpans) {
    double tp = schedule.firstPresence;
    // the step ends, sorted without duplicates (a primitive sort: the CO₂ fit builds a timeline per evaluation)
    double[] candidates = new double[1 + times.length + 2 * breathingSpans.size() + schedule.times.length];
    int size = 0;
    candidates[size++] = tp;
    for (double t : times) {
      if (t > tp) {
        candidates[size++] = t;
      }
    }
    double last = Math.max(tp, times[times.length - 1]);
    for (Span s : breathingSpans) {
      if (s.start() > tp && s.start() < last) {
        candidates[size++] = s.start();
      }
      if (s.end() > tp && s.end() < last) {
        candidates[size++] = s.end();
      }
    }
    for (int k = schedule.presenceIndex + 1; k < schedule.times.length; k++) {
      double t = schedule.times[k];
      if (t < last) {
        candidates[size++] = t;
      }
    }
    double[] p = distinctSorted(candidates, size);
    int steps = p.length - 1;
    from = Arrays.copyOf(p, steps);
    to = Arrays.copyOfRange(p, 1, p.length);
    segment = new int[steps];
    breathing = new boolean[steps];
    closes = new int[steps];
    Arrays.fill(closes, -1);
    int k = schedule.presenceIndex + 1;
    for (int j = 0; j < steps; j++) {
      while (to[j] > schedule.segmentEnd(k)) {
        k++;
      }
      segment[j] = k;
      breathing[j] = inside(breathingSpans, from[j], to[j]);
    }
    lengthIndex = new int[steps];
    double[] distinct = new double[steps];
    int count = 0;
    sharedDecay = new double[steps];
    for (int step = 0; step < steps; step++) {
      double dt = to[step] - from[step];
      int found = -1;
      for (int d = 0; d < count; d++) {
        if (Math.abs(distinct[d] - dt) <= 1e-12) {
          found = d;
          break;
        }
      }
      if (found < 0) {
        distinct[count] = dt;
        found = count++;
      }
      lengthIndex[step] = found;
      var removal = schedule.removal[segment[step]];
      sharedDecay[step] = removal.isConstant() ? Math.exp(-removal.scalar() * distinct[found]) : Double.NaN;
    }
    lengths = Arrays.copyOf(distinct, count);
    int j = 0;
    int before = 0;
    int[] pre = new int[times.length];
    for (int q = 0; q < times.length; q++) {
      if (times[q] <= tp) {
        pre[before++] = q;
        continue;
      }
      while (to[j] < times[q]) {
        j++;
      }
      if (closes[j] >= 0) {
        throw new IllegalArgumentException("Times must be strictly increasing");
      }
      closes[j] = q;
    }
    beforePresence = Arrays.copyOf(pre, before);
    origin = times[0];
    breathingUpToPresence = times[0] < tp ? overlap(breathingSpans, times[0], tp) : 0.0;
    breathingBeforePresence = new double[times.length];
    for (int q = 1; q < times.length; q++) {
      double a = Math.min(times[q - 1], tp);
      double b = Math.min(times[q], tp);
      breathingBeforePresence[q] = breathingBeforePresence[q - 1] + overlap(breathingSpans, a, b);
    }
  }

  private static boolean inside(List<Span> spans, double a, double b) {
    for (Span s : spans) {
      if (s.start() <= a && b <= s.end()) {
        return true;
      }
    }
    return false;
  }

  private static double overlap(List<Span> spans, double a, double b) {
    double total = 0;
    for (Span s : spans) {
      total += Math.max(0, Math.min(b, s.end()) - Math.max(a, s.start()));
    }
    return total;
  }

  /** values[0 .. size) sorted, each value once (the order and equality of {@link Double#compare}). */
  private static double[] distinctSorted(double[] values, int size) {
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (distinct == 0 || Double.compare(sorted[distinct - 1], sorted[i]) != 0) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }
}
