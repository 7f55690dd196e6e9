package io.caimira.model.concentration;

/**
 * One sample's walk along a {@link Timeline}: the normed concentration at each requested time and the integral
 * of the normed concentration over the breathing spans from the first requested time to each requested time.
 * Each step costs one exponential: the exact solution gives both the end value and the integral.
 */
final class TimelineWalk {
  private TimelineWalk() {}

  /**
   * @param decay scratch space of {@code line.lengths.length} doubles
   */
  static void walk(Schedule s, Timeline line, int i, double[] concentration, double[] cumulative, double[] decay) {
    double bk = s.background.get(i);
    double v = s.volume.get(i);
    double base = s.baseRemoval.get(i);
    for (int d = 0; d < decay.length; d++) {
      decay[d] = Math.exp(-base * line.lengths[d]);
    }
    for (int q : line.beforePresence) {
      concentration[q] = bk;
      cumulative[q] = bk * line.breathingBeforePresence[q];
    }
    double c = bk;
    double integral = bk * line.breathingUpToPresence;
    for (int j = 0; j < line.from.length; j++) {
      int k = line.segment[j];
      int d = line.lengthIndex[j];
      double dt = line.lengths[d];
      double shared = line.sharedDecay[j];
      double rr = base + s.removal[k].get(i);
      int people = s.people[k];
      double piece;
      if (rr == 0.0) {
        piece = c * dt + people * dt * dt / (2 * v);
        c += people * dt / v;
      } else {
        double f = Double.isNaN(shared) ? Math.exp(-rr * dt) : decay[d] * shared;
        double limit = people / (rr * v) + bk;
        double gap = c - limit;
        piece = limit * dt + gap * (1 - f) / rr;
        c = limit + gap * f;
      }
      if (line.breathing[j] && line.from[j] >= line.origin) {
        integral += piece;
      }
      int q = line.closes[j];
      if (q >= 0) {
        concentration[q] = c;
        cumulative[q] = integral;
      }
    }
  }
}
