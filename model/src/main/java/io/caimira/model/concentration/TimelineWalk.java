package io.caimira.model.concentration;

/**
 * One sample's walk along a {@link Timeline}: the normed concentration at each requested time and the integral
 * of the normed concentration over the breathing spans from the first requested time to each requested time.
 * Each step costs one exponential: the exact solution gives both the end value and the integral.
 */
final class TimelineWalk {
  /** Below this RR·Δ the step uses series expansions (their truncation error is below 1e-16 relative). */
  private static final double SMALL = 1e-4;

  private TimelineWalk() {}

  /**
   * @param decay scratch space of {@code line.lengths.length} doubles
   */
  static void walk(Schedule s, Timeline line, int i, double[] concentration, double[] cumulative, double[] decay) {
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
      int k = line.segment[j];
      int d = line.lengthIndex[j];
      double dt = line.lengths[d];
      double shared = line.sharedDecay[j];
      double rr = base + s.removal[k].get(i);
      double source = s.people[k] * inverseVolume;
      double x = rr * dt;
      // Exact step, written without the limit N/(RR·V), which is huge when RR is tiny:
      // c(dt) = c + (N/V)·h + (bk − c)·(1 − e^{−x}) and ∫c = bk·dt + (c − bk)·h + (N/V)·(dt − h)/RR,
      // with h = (1 − e^{−x})/RR → dt and (dt − h)/RR → dt²/2 as RR → 0.
      double oneMinusF;
      double h;
      double rest;
      if (x < SMALL) {
        oneMinusF = -Math.expm1(-x);
        h = dt * (1 - x / 2 + x * x / 6 - x * x * x / 24);
        rest = dt * dt * (0.5 - x / 6 + x * x / 24 - x * x * x / 120);
      } else {
        double f = Double.isNaN(shared) ? Math.exp(-x) : decay[d] * shared;
        double inverse = 1 / rr;
        oneMinusF = 1 - f;
        h = oneMinusF * inverse;
        rest = (dt - h) * inverse;
      }
      double piece = bk * dt + (c - bk) * h + source * rest;
      c += source * h + (bk - c) * oneMinusF;
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
