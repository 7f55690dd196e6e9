package io.caimira.model.concentration;

import io.caimira.model.sample.Samples;

/**
 * The piecewise-constant parameters of a concentration model between its state-change times, with the exact
 * per-sample solution of the one-box mass balance dC/dt = N/V − RR·(C − B/K) on each segment.
 *
 * <p>Segment k (1 ≤ k ≤ m) covers (times[k−1], times[k]]; segment m+1 covers everything after times[m]. Its
 * removal rate RR and number of emitters N are those at any time inside it (they cannot change there).
 * Concentrations are normed (divided by the normalisation factor K).
 */
final class Schedule {
  final double[] times;
  /** Index of the first presence time in {@link #times}. */
  final int presenceIndex;
  final double firstPresence;
  /** The removal rate that is the same in every segment. */
  final Samples baseRemoval;
  /** Removal rate per segment on top of {@link #baseRemoval}, index k = 1..m (index 0 unused). */
  final Samples[] removal;
  /** Emitters present per segment, index k = 1..m+1. */
  final int[] people;
  final Samples volume;
  /** Background concentration divided by the normalisation factor. */
  final Samples background;
  /** Number of samples the results have (1 when every input is a constant). */
  final int size;

  Schedule(double[] times, double firstPresence, Samples baseRemoval, Samples[] removal, int[] people,
      Samples volume, Samples background) {
    this.times = times;
    this.firstPresence = firstPresence;
    int p = java.util.Arrays.binarySearch(times, firstPresence);
    if (p < 0) {
      throw new IllegalStateException("The first presence time must be a state-change time");
    }
    this.presenceIndex = p;
    this.baseRemoval = baseRemoval;
    this.removal = removal;
    this.people = people;
    this.volume = volume;
    this.background = background;
    Samples[] all = new Samples[removal.length + 1];
    all[0] = background;
    all[1] = baseRemoval;
    System.arraycopy(removal, 1, all, 2, removal.length - 1);
    this.size = Samples.broadcastSize(volume, all);
  }

  /** Whether the removal rates and the volume are the same for every sample (only the background varies). */
  boolean sharedDynamics() {
    if (!baseRemoval.isConstant() || !volume.isConstant()) {
      return false;
    }
    for (int k = 1; k < removal.length; k++) {
      if (!removal[k].isConstant()) {
        return false;
      }
    }
    return true;
  }

  /** The same dynamics with another background and, if {@code withPeople} is false, no emitters. */
  Schedule with(Samples otherBackground, boolean withPeople) {
    int[] otherPeople = withPeople ? people : new int[people.length];
    return new Schedule(times, firstPresence, baseRemoval, removal, otherPeople, volume, otherBackground);
  }


  /** Right end of segment k (+∞ for the open last segment). */
  double segmentEnd(int k) {
    return k < times.length ? times[k] : Double.POSITIVE_INFINITY;
  }

  /** Normed concentration of sample i after dt hours in segment k, starting from c0. */
  double step(int i, int k, double c0, double dt) {
    double rr = baseRemoval.get(i) + removal[k].get(i);
    double source = people[k] / volume.get(i);
    return ExactStep.next(c0, background.get(i), source, rr, dt, ExactStep.decay(rr, dt),
        ExactStep.oneMinusDecay(rr, dt));
  }

  /** Integral of the normed concentration of sample i over dt hours in segment k, starting from c0. */
  double integral(int i, int k, double c0, double dt) {
    double rr = baseRemoval.get(i) + removal[k].get(i);
    double source = people[k] / volume.get(i);
    return ExactStep.integral(c0, background.get(i), source, rr, dt, ExactStep.oneMinusDecay(rr, dt));
  }

  /** Normed concentration of sample i at time t. */
  double concentration(int i, double t) {
    double c = background.get(i);
    if (t <= firstPresence) {
      return c;
    }
    for (int k = presenceIndex + 1; ; k++) {
      double start = times[k - 1];
      double end = segmentEnd(k);
      if (t <= end) {
        return step(i, k, c, t - start);
      }
      c = step(i, k, c, end - start);
    }
  }

  /** Integral of the normed concentration of sample i over [a, b]. */
  double integral(int i, double a, double b) {
    double bk = background.get(i);
    if (b <= firstPresence) {
      return (b - a) * bk;
    }
    double total = a < firstPresence ? (firstPresence - a) * bk : 0.0;
    double c = bk;
    for (int k = presenceIndex + 1; ; k++) {
      double start = times[k - 1];
      if (start >= b) {
        return total;
      }
      double end = segmentEnd(k);
      if (end > a) {
        double from = Math.max(start, a);
        double to = Math.min(end, b);
        double cFrom = from == start ? c : step(i, k, c, from - start);
        total += integral(i, k, cFrom, to - from);
      }
      if (end >= b) {
        return total;
      }
      c = step(i, k, c, end - start);
    }
  }

  /**
   * Integral of the normed concentration of sample i over several disjoint spans given in increasing order, in
   * one walk through the segments. Equal to the sum of {@link #integral(int, double, double)} over the spans.
   */
  double integralOver(int i, double[] starts, double[] ends) {
    double bk = background.get(i);
    double total = 0.0;
    double c = bk;
    int k = presenceIndex + 1;
    for (int p = 0; p < starts.length; p++) {
      double a = starts[p];
      double b = ends[p];
      if (b <= firstPresence) {
        total += (b - a) * bk;
        continue;
      }
      if (a < firstPresence) {
        total += (firstPresence - a) * bk;
        a = firstPresence;
      }
      while (segmentEnd(k) <= a) {
        c = step(i, k, c, times[k] - times[k - 1]);
        k++;
      }
      while (true) {
        double start = times[k - 1];
        double end = segmentEnd(k);
        double from = Math.max(start, a);
        double to = Math.min(end, b);
        double cFrom = from == start ? c : step(i, k, c, from - start);
        total += integral(i, k, cFrom, to - from);
        if (end >= b) {
          break;
        }
        c = step(i, k, c, end - start);
        k++;
      }
    }
    return total;
  }
}
