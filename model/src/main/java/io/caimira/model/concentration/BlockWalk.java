package io.caimira.model.concentration;

import io.caimira.model.work.Cancellation;

import io.caimira.model.sample.Samples;

/**
 * The walk of {@link TimelineWalk} for a block of samples at once, step by step: every step updates all the
 * block's samples in a loop over primitive arrays that the JIT can vectorise. Each sample needs one exponential
 * per distinct step length (exp(−(a + r)·Δ) = exp(−a·Δ)·exp(−r·Δ), with a the sample's time-independent removal);
 * the formulas are those of {@link TimelineWalk}. Used when the per-segment removal rates are the same for every
 * sample (only the settling differs), which is the case of every calculator model.
 */
final class BlockWalk {

  private final Schedule s;
  private final Timeline line;
  private final int size;
  private final double[] base;
  private final double[] background;
  private final double[] inverseVolume;
  private final double[][] decay;
  private final double[] c;
  private final double[] integral;
  /** The block's weights, loaded once per block: [weight][sample]. */
  private double[][] weights = new double[0][];
  private final double minBase;
  /** The thread whose cancellation stops the walk ({@link Cancellation}). */
  private final Thread owner;

  /**
   * @param minBase the smallest time-independent removal rate over all samples
   * @param owner the thread whose cancellation stops the walk: checked once per block and every 1024 steps
   */
  BlockWalk(Schedule s, Timeline line, int blockSize, double minBase, Thread owner) {
    this.owner = owner;
    this.s = s;
    this.line = line;
    this.size = blockSize;
    base = new double[blockSize];
    background = new double[blockSize];
    inverseVolume = new double[blockSize];
    decay = new double[line.lengths.length][blockSize];
    c = new double[blockSize];
    integral = new double[blockSize];
    this.minBase = minBase;
  }

  /** Whether the block walk applies: the time-dependent removal of every segment is one value for all samples. */
  static boolean applies(Schedule s) {
    for (int k = 1; k < s.removal.length; k++) {
      if (!s.removal[k].isConstant()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Walks samples [from, from + n) and adds Σ weight·C/K at each requested time to {@code sums[w]} and
   * Σ weight·∫C/K to {@code sums[cw + u]}.
   */
  void walk(int from, int n, Weight[] concentrationWeights, Weight[] integralWeights, double[][] sums) {
    Cancellation.check(owner);
    int to = from + n;
    s.baseRemoval.copyTo(base, from, to);
    s.background.copyTo(background, from, to);
    s.volume.copyTo(inverseVolume, from, to);
    for (int i = 0; i < n; i++) {
      inverseVolume[i] = 1 / inverseVolume[i];
    }
    for (int d = 0; d < decay.length; d++) {
      double length = line.lengths[d];
      double[] row = decay[d];
      for (int i = 0; i < n; i++) {
        row[i] = Math.exp(-base[i] * length);
      }
    }
    for (int i = 0; i < n; i++) {
      c[i] = background[i];
      integral[i] = background[i] * line.breathingUpToPresence;
    }
    int cw = concentrationWeights.length;
    int count = cw + integralWeights.length;
    if (weights.length != count) {
      weights = new double[count][size];
    }
    for (int w = 0; w < count; w++) {
      Weight weight = w < cw ? concentrationWeights[w] : integralWeights[w - cw];
      weight.copyTo(weights[w], from, to);
    }
    for (int q : line.beforePresence) {
      for (int w = 0; w < cw; w++) {
        sums[w][q] += dot(weights[w], n, background);
      }
      for (int u = 0; u < integralWeights.length; u++) {
        sums[cw + u][q] += dot(weights[cw + u], n, background) * line.breathingBeforePresence[q];
      }
    }
    for (int j = 0; j < line.from.length; j++) {
      if ((j & 0x3FF) == 0x3FF) {
        Cancellation.check(owner);
      }
      int d = line.lengthIndex[j];
      double dt = line.lengths[d];
      double r = s.removal[line.segment[j]].get(0);
      int people = s.people[line.segment[j]];
      boolean breathing = line.breathing[j] && line.from[j] >= line.origin;
      if ((minBase + r) * dt < ExactStep.SMALL) {
        smallSteps(n, dt, r, people, breathing);
      } else {
        steps(n, dt, r, line.sharedDecay[j], decay[d], people, breathing);
      }
      int q = line.closes[j];
      if (q >= 0) {
        for (int w = 0; w < cw; w++) {
          sums[w][q] += dot(weights[w], n, c);
        }
        for (int u = 0; u < integralWeights.length; u++) {
          sums[cw + u][q] += dot(weights[cw + u], n, integral);
        }
      }
    }
  }

  private void steps(int n, double dt, double r, double shared, double[] decayRow, int people, boolean breathing) {
    double[] cc = c;
    double[] bk = background;
    double[] a = base;
    double[] iv = inverseVolume;
    double[] acc = integral;
    if (breathing) {
      for (int i = 0; i < n; i++) {
        double inverse = 1 / (a[i] + r);
        double f = decayRow[i] * shared;
        double oneMinusF = 1 - f;
        double h = oneMinusF * inverse;
        double source = people * iv[i];
        double ci = cc[i];
        acc[i] += bk[i] * dt + (ci - bk[i]) * h + source * (dt - h) * inverse;
        cc[i] = ci * f + bk[i] * oneMinusF + source * h;
      }
    } else {
      for (int i = 0; i < n; i++) {
        double f = decayRow[i] * shared;
        double oneMinusF = 1 - f;
        cc[i] = cc[i] * f + bk[i] * oneMinusF + people * iv[i] * oneMinusF / (a[i] + r);
      }
    }
  }

  /** Steps with RR·Δ so small that 1 − e^{−x} must come from expm1 and series, sample by sample. */
  private void smallSteps(int n, double dt, double r, int people, boolean breathing) {
    for (int i = 0; i < n; i++) {
      double rr = base[i] + r;
      double f = ExactStep.decay(rr, dt);
      double oneMinusF = ExactStep.oneMinusDecay(rr, dt);
      double source = people * inverseVolume[i];
      if (breathing) {
        integral[i] += ExactStep.integral(c[i], background[i], source, rr, dt, oneMinusF);
      }
      c[i] = ExactStep.next(c[i], background[i], source, rr, dt, f, oneMinusF);
    }
  }


  /** Σ weight·values over the block. */
  private static double dot(double[] weight, int n, double[] values) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += weight[i] * values[i];
    }
    return sum;
  }

}
