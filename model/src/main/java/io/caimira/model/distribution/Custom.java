package io.caimira.model.distribution;

import io.caimira.model.numeric.LinearTable;

import java.util.function.DoubleUnaryOperator;

/**
 * A distribution with density proportional to {@code pdf} on [low, high], sampled by rejection: draw
 * f ~ U(0, maxFunction), then x ~ U(low, high), and keep x when f ≤ pdf(x); otherwise draw both again.
 * {@code maxFunction} must bound the pdf from above on the interval (a value slightly above the maximum is
 * best). The pdf need not be normalised. A tabulated density ({@link #tabulated}) is drawn by exact inversion of
 * its cumulative area instead, which gives the same distribution at a fraction of the cost.
 */
public final class Custom implements ChunkedDistribution {
  private final double low;
  private final double high;
  private final DoubleUnaryOperator pdf;
  private final double maxFunction;
  /** Exact inversion of a tabulated density, used instead of rejection when it samples the same distribution. */
  private final PiecewiseLinearInversion inversion;

  public Custom(double low, double high, DoubleUnaryOperator pdf, double maxFunction) {
    this(low, high, pdf, maxFunction, null);
  }

  /**
   * The distribution with the tabulated density {@code table} on [low, high] (rejection under {@code maxFunction}
   * defines it, as for any pdf); drawn by exact inversion of the table when that gives the same distribution.
   */
  public static Custom tabulated(double low, double high, LinearTable table, double maxFunction) {
    return new Custom(low, high, table::at, maxFunction,
        PiecewiseLinearInversion.of(table, low, high, maxFunction).orElse(null));
  }

  private Custom(double low, double high, DoubleUnaryOperator pdf, double maxFunction,
      PiecewiseLinearInversion inversion) {
    if (!(low < high)) {
      throw new IllegalArgumentException("Custom needs low < high: " + low + ", " + high);
    }
    if (!(maxFunction > 0)) {
      throw new IllegalArgumentException("maxFunction must be positive: " + maxFunction);
    }
    this.low = low;
    this.high = high;
    this.pdf = pdf;
    this.maxFunction = maxFunction;
    this.inversion = inversion;
  }

  /** Whether draws come from the exact inversion of a table rather than from rejection. */
  public boolean drawnByInversion() {
    return inversion != null;
  }

  public double low() {
    return low;
  }

  public double high() {
    return high;
  }

  public double maxFunction() {
    return maxFunction;
  }

  /** The (unnormalised) density. */
  public double pdf(double x) {
    return pdf.applyAsDouble(x);
  }

  /** One accepted draw. */
  double draw(ChunkRandom random) {
    if (inversion != null) {
      return inversion.draw(random);
    }
    double width = high - low;
    while (true) {
      double f = maxFunction * random.nextDouble();
      double x = low + width * random.nextDouble();
      if (!(f > pdf.applyAsDouble(x))) {
        return x;
      }
    }
  }

  @Override
  public void fill(double[] out, int from, int to, ChunkRandom random) {
    if (inversion != null) {
      inversion.fill(out, from, to, random); // a loop of its own: the same draws, compiled on their own
      return;
    }
    for (int i = from; i < to; i++) {
      out[i] = draw(random);
    }
  }
}
