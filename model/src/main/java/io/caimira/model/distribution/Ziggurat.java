package io.caimira.model.distribution;

/**
 * Standard normal deviates by the ziggurat method (Marsaglia &amp; Tsang, J. Stat. Softw. 5(8), 2000), in the form
 * of Doornik ("An improved ziggurat method to generate normal random samples", 2005) where the layer and the
 * abscissa come from different bits of one 64-bit draw, so that they are not correlated.
 *
 * <p>The area under the half density is covered by {@value #LAYERS} layers of equal area {@link #AREA}: layer 0 is
 * the base strip plus the tail beyond {@link #R}; layer i &gt; 0 is the rectangle [0, x_i] × [f(x_i), f(x_(i+1))].
 * About 98.8 % of the draws need one 64-bit number, one comparison and one multiplication; the rest test the
 * wedge under the curve or draw from the tail (Marsaglia's exponential method). The tables and the rare paths use
 * {@link StrictMath}, so a seed gives the same deviates on every platform.
 */
final class Ziggurat {
  static final int LAYERS = 128;
  /** The right end of the base layer (for 128 layers). */
  static final double R = 3.442619855899;
  /** The area of each layer (for 128 layers and {@link #R}). */
  static final double AREA = 9.91256303526217e-3;

  /** x[i]: the right end of layer i; x[0] = AREA / f(R) is the virtual width of the base layer, x[LAYERS] = 0. */
  private static final double[] X = new double[LAYERS + 1];
  /** ratio[i] = x[i+1] / x[i]: an abscissa |u|·x[i] with |u| below it lies inside the layer's inner rectangle. */
  private static final double[] RATIO = new double[LAYERS];

  static {
    double f = StrictMath.exp(-0.5 * R * R);
    X[0] = AREA / f;
    X[1] = R;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = StrictMath.sqrt(-2 * StrictMath.log(AREA / X[i - 1] + f));
      f = StrictMath.exp(-0.5 * X[i] * X[i]);
    }
    X[LAYERS] = 0.0;
    for (int i = 0; i < LAYERS; i++) {
      RATIO[i] = X[i + 1] / X[i];
    }
  }

  private Ziggurat() {}

  /** The layers' right ends (copy), for tests. */
  static double[] layerEnds() {
    return X.clone();
  }

  /** One standard normal deviate from {@code random}. */
  static double next(ChunkRandom random) {
    while (true) {
      long bits = random.nextLong();
      int layer = (int) bits & (LAYERS - 1);
      // the top 53 bits as a uniform in [-1, 1)
      double u = (bits >> 11) * 0x1.0p-52;
      if (Math.abs(u) < RATIO[layer]) {
        return u * X[layer];
      }
      if (layer == 0) {
        return tail(random, u < 0);
      }
      double x = u * X[layer];
      double fInner = StrictMath.exp(-0.5 * (X[layer] * X[layer] - x * x));
      double fOuter = StrictMath.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
      // relative to f(x): the layer spans [f(x_i), f(x_(i+1))]; accept when a uniform height lies under the curve
      if (fInner + random.nextDouble() * (fOuter - fInner) < 1.0) {
        return x;
      }
    }
  }

  /** A deviate beyond R (below −R when {@code negative}), by Marsaglia's method for the normal tail. */
  private static double tail(ChunkRandom random, boolean negative) {
    double x;
    double y;
    do {
      x = StrictMath.log(1.0 - random.nextDouble()) / R;
      y = StrictMath.log(1.0 - random.nextDouble());
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
  }
}
