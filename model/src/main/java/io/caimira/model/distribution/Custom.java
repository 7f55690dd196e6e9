package io.caimira.model.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * A distribution with density proportional to {@code pdf} on [low, high], sampled by rejection: draw
 * f ~ U(0, maxFunction), then x ~ U(low, high), and keep x when f ≤ pdf(x); otherwise draw both again.
 * {@code maxFunction} must bound the pdf from above on the interval (a value slightly above the maximum is
 * best). The pdf need not be normalised.
 */
public final class Custom implements ChunkedDistribution {
  private final double low;
  private final double high;
  private final DoubleUnaryOperator pdf;
  private final double maxFunction;

  public Custom(double low, double high, DoubleUnaryOperator pdf, double maxFunction) {
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
    for (int i = from; i < to; i++) {
      out[i] = draw(random);
    }
  }
}
