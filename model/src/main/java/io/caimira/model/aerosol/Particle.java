package io.caimira.model.aerosol;

import io.caimira.model.sample.BlockStatistics;
import io.caimira.model.sample.Samples;
import io.caimira.model.work.ParallelBlocks;

/**
 * Settling and respiratory deposition of an aerosol particle of diameter d [µm] at emission; the airborne
 * diameter is d · evaporation factor. A null diameter stands for the default particle (2.5 µm after evaporation).
 */
public final class Particle {
  /** Diameter shrink by instantaneous evaporation for long-range transport. */
  public static final double LONG_RANGE_EVAPORATION = 0.3;

  /** Settling velocity of the default 2.5 µm particle [m/s]. */
  public static final double DEFAULT_SETTLING_VELOCITY = 1.88e-4;

  /** Deposition fraction used when no diameter is given. */
  public static final double DEFAULT_DEPOSITION_FRACTION = 0.6;

  private Particle() {}

  /** Gravitational settling velocity [m/s], ∝ d² (Stokes). */
  public static Samples settlingVelocity(Samples diameter, double evaporationFactor) {
    if (diameter == null) {
      return Samples.constant(DEFAULT_SETTLING_VELOCITY);
    }
    return diameter.map(d -> settlingVelocity(d, evaporationFactor));
  }

  /**
   * The settling velocity of each sampled diameter times {@code perHour} (a velocity in m/s over a height gives a
   * rate in h⁻¹), on both cores, with the rates' statistics recorded as they are written (their range sets the
   * panels of the settling-rate interpolation).
   */
  public static Samples settlingRate(Samples diameter, double evaporationFactor, double perHour) {
    if (diameter == null || diameter.isConstant()) {
      return settlingVelocity(diameter, evaporationFactor).times(perHour);
    }
    // formed once for the diameters a report and its alternative scenarios share
    return diameter.derived(new SettlingRateKey(evaporationFactor, perHour), () -> {
      int n = diameter.size();
      double[] out = new double[n];
      Samples.Reader diameters = diameter.reader();
      BlockStatistics statistics = BlockStatistics.forSize(n);
      ParallelBlocks.run(n, (from, to) -> {
        for (int i = from; i < to; i++) {
          out[i] = settlingVelocity(diameters.get(i), evaporationFactor) * perHour;
        }
        statistics.record(out, from, to);
      });
      return Samples.adopt(out, statistics);
    });
  }

  /** {@link Samples#derived} key of the settling rates of a diameter array. */
  private record SettlingRateKey(double evaporationFactor, double perHour) {}

  /** {@link Samples#derived} key of a factor times the deposition fraction of a diameter array. */
  private record DepositionKey(Object diameter, double evaporationFactor) {}

  public static double settlingVelocity(double diameter, double evaporationFactor) {
    double r = diameter * evaporationFactor / 2.5;
    return DEFAULT_SETTLING_VELOCITY * r * r;
  }

  /**
   * Fraction of inhaled particles deposited in the respiratory tract (Hinds 1999, ICRP model), per sample: from a
   * piecewise polynomial of the formula ({@link DepositionFractionTable}, within a few ulps of it, eight times
   * faster).
   */
  public static Samples depositionFraction(Samples diameter, double evaporationFactor) {
    if (diameter == null) {
      return Samples.constant(DEFAULT_DEPOSITION_FRACTION);
    }
    if (diameter.isConstant()) {
      return Samples.constant(depositionFraction(diameter.scalar(), evaporationFactor));
    }
    double[] out = diameter.toArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = DepositionFractionTable.at(out[i] * evaporationFactor);
    }
    return Samples.adopt(out);
  }

  /**
   * {@code factor} × {@link #depositionFraction(Samples, double) depositionFraction(diameter, evaporationFactor)}
   * in one pass, without the array of deposition fractions (the same numbers).
   */
  public static Samples timesDepositionFraction(Samples factor, Samples diameter, double evaporationFactor) {
    if (diameter == null || diameter.isConstant()) {
      return factor.times(depositionFraction(diameter, evaporationFactor));
    }
    return factor.derived(new DepositionKey(diameter.key(), evaporationFactor), () -> {
      int n = Samples.broadcastSize(factor, diameter);
      double[] out = new double[n];
      Samples.Reader factors = factor.reader();
      Samples.Reader diameters = diameter.reader();
      ParallelBlocks.run(n, (from, to) -> {
        for (int i = from; i < to; i++) {
          out[i] = factors.get(i) * DepositionFractionTable.at(diameters.get(i) * evaporationFactor);
        }
      });
      return Samples.adopt(out);
    });
  }

  /**
   * The deposition fraction of one sampled diameter [µm] at emission, as {@link #depositionFraction(Samples, double)}
   * gives it for a sample (the piecewise polynomial), for loops that form it with other factors.
   */
  public static double sampledDepositionFraction(double diameter, double evaporationFactor) {
    return DepositionFractionTable.at(diameter * evaporationFactor);
  }

  /** The deposition fraction at one diameter [µm] at emission, by the formula. */
  public static double depositionFraction(double diameter, double evaporationFactor) {
    return depositionFractionFormula(diameter * evaporationFactor);
  }

  /**
   * The deposition fraction at the airborne diameter x [µm]; x^2.8 is formed as e^(2.8·ln x) from the logarithm the
   * other terms need (a few ulps from pow, at a third of its cost).
   */
  static double depositionFractionFormula(double x) {
    double logD = Math.log(x);
    double inhalable = 1 - 0.5 * (1 - 1 / (1 + 0.00076 * Math.exp(2.8 * logD)));
    return inhalable
        * (0.0587 + 0.911 / (1 + Math.exp(4.77 + 1.485 * logD)) + 0.943 / (1 + Math.exp(0.508 - 2.58 * logD)));
  }
}
