package io.caimira.model.co2;

import io.caimira.model.work.Cancellation;

/**
 * Centred moving average with the semantics of pandas {@code Series.rolling(w, center=True).mean()}
 * (min_periods = w).
 *
 * <p>The window of index i covers [i − ⌊w/2⌋, i + w − 1 − ⌊w/2⌋], clipped to the signal. The mean is
 * NaN unless the clipped window holds w non-NaN samples: with w = 2 index 0 is NaN, with w = 3 both
 * ends, with w = 4 indices 0, 1 and the last.
 *
 * <p>The arithmetic follows pandas so that equal inputs give bit-identical outputs (which matters
 * for plateau detection downstream): a running sum updated by adding the entering samples and
 * subtracting the leaving ones, each direction with its own Kahan compensation term, restarted from
 * zero when consecutive windows do not overlap; a window whose most recent samples are all equal to
 * the last added one returns that value exactly; a mean of non-negative samples is never negative
 * (and of negative samples never positive).
 */
public final class RollingMean {
  private RollingMean() {}

  /** Centred rolling mean of {@code x} over {@code window} (≥ 1) samples. */
  public static double[] centred(double[] x, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1.");
    }
    int n = x.length;
    double[] out = new double[n];
    long offset = (window - 1) / 2;
    long prevStart = 0;
    long prevEnd = 0;
    Accumulator acc = new Accumulator();
    Thread owner = Cancellation.owner();
    for (int i = 0; i < n; i++) {
      if ((i & 0xFFF) == 0) {
        Cancellation.check(owner);
      }
      long end = Math.min(i + 1 + offset, n);
      long start = Math.max(i + 1 + offset - window, 0);
      if (i == 0 || start >= prevEnd) {
        acc = new Accumulator();
        acc.lastAdded = x[(int) Math.min(start, n - 1)];
        for (long j = start; j < end; j++) {
          acc.add(x[(int) j]);
        }
      } else {
        for (long j = prevStart; j < start; j++) {
          acc.remove(x[(int) j]);
        }
        for (long j = prevEnd; j < end; j++) {
          acc.add(x[(int) j]);
        }
      }
      out[i] = acc.mean(window);
      prevStart = start;
      prevEnd = end;
    }
    return out;
  }

  /** Running state of one window. */
  private static final class Accumulator {
    long count;
    long negatives;
    double sum;
    double addCompensation;
    double removeCompensation;
    long sameRun;
    double lastAdded;

    void add(double v) {
      if (Double.isNaN(v)) {
        return;
      }
      count++;
      double y = v - addCompensation;
      double t = sum + y;
      addCompensation = t - sum - y;
      sum = t;
      if (isSignNegative(v)) {
        negatives++;
      }
      sameRun = v == lastAdded ? sameRun + 1 : 1;
      lastAdded = v;
    }

    void remove(double v) {
      if (Double.isNaN(v)) {
        return;
      }
      count--;
      double y = -v - removeCompensation;
      double t = sum + y;
      removeCompensation = t - sum - y;
      sum = t;
      if (isSignNegative(v)) {
        negatives--;
      }
    }

    double mean(long minPeriods) {
      if (count < minPeriods || count <= 0) {
        return Double.NaN;
      }
      double result = sum / (double) count;
      if (sameRun >= count) {
        return lastAdded;
      }
      if (negatives == 0 && result < 0) {
        return 0.0;
      }
      if (negatives == count && result > 0) {
        return 0.0;
      }
      return result;
    }

    private static boolean isSignNegative(double v) {
      return Double.doubleToRawLongBits(v) < 0;
    }
  }
}
