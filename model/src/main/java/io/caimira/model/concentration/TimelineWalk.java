package io.caimira.model.concentration;

import io.caimira.model.work.Cancellation;

/**
 * One sample's walk along a {@link Timeline}: the normed concentration at each requested time and the integral
 * of the normed concentration over the breathing spans from the first requested time to each requested time.
 * Each step costs one exponential: the exact solution gives both the end value and the integral.
 */
final class TimelineWalk {
  private TimelineWalk() {}

  /**
   * @param decay scratch space of {@code line.lengths.length} doubles
   * @param owner the thread whose cancellation stops the walk ({@link Cancellation}), checked every 65536 steps
   */
  static void walk(Schedule s, Timeline line, int i, double[] concentration, double[] cumulative, double[] decay,
      Thread owner) {
    double bk = s.background.get(i);
    double v = s.volume.get(i);
    double base = s.baseRemoval.get(i);
    double inverseVolume = 1 / v;
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
      if ((j & 0xFFFF) == 0xFFFF) {
        Cancellation.check(owner);
      }
      int k = line.segment[j];
      int d = line.lengthIndex[j];
      double dt = line.lengths[d];
      double shared = line.sharedDecay[j];
      double rr = base + s.removal[k].get(i);
      double source = s.people[k] * inverseVolume;
      boolean direct = rr * dt < ExactStep.SMALL || Double.isNaN(shared);
      double f = direct ? ExactStep.decay(rr, dt) : decay[d] * shared;
      double oneMinusF = direct ? ExactStep.oneMinusDecay(rr, dt) : 1 - f;
      double piece = ExactStep.integral(c, bk, source, rr, dt, oneMinusF);
      c = ExactStep.next(c, bk, source, rr, dt, f, oneMinusF);
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
