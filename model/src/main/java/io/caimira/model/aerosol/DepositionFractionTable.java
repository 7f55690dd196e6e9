package io.caimira.model.aerosol;

/**
 * The deposition fraction as a piecewise polynomial of the airborne diameter x (= d · evaporation factor), for
 * evaluating it at every Monte-Carlo sample: the formula takes a logarithm, three exponentials and three divisions
 * (about 34 ns), a segment of this table one lookup and five multiply-adds (about 4 ns).
 *
 * <p>Each octave [2^e, 2^(e+1)) of x is cut into {@value #SEGMENTS} equal segments; on each, the polynomial of degree
 * {@value #DEGREE} through the formula at the segment's Chebyshev points, written in the segment's own variable
 * s ∈ [−1, 1). The segment and s come from the bits of x (exponent and leading mantissa bits), so no logarithm is
 * taken. Over the octaves the table covers, it agrees with the formula to a few units in the last place (tested to
 * 5e-14 relative); outside them, and for zero, negative or non-finite x, the formula itself is used.
 */
final class DepositionFractionTable {
  private static final int SEGMENT_BITS = 6;
  /** Segments per octave. */
  static final int SEGMENTS = 1 << SEGMENT_BITS;
  /** Polynomial degree on a segment. */
  static final int DEGREE = 5;
  private static final int COEFFICIENTS = DEGREE + 1;
  /** The octaves covered: 2^LOWEST ≤ x &lt; 2^HIGHEST µm. */
  static final int LOWEST = -40;
  static final int HIGHEST = 40;
  private static final int MANTISSA_BITS = 52;
  private static final long FRACTION_MASK = (1L << (MANTISSA_BITS - SEGMENT_BITS)) - 1;
  private static final double FRACTION_SCALE = 0x1.0p-46; // 2^−(52 − SEGMENT_BITS)

  /** coefficients[(octave · SEGMENTS + segment) · COEFFICIENTS + p]: the coefficient of s^p. */
  private static final double[] COEFFICIENTS_TABLE = build();

  private DepositionFractionTable() {}

  /** The deposition fraction at airborne diameter {@code x} [µm]. */
  static double at(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int octave = (int) (bits >>> MANTISSA_BITS) - 1023; // the sign bit makes it out of range for x < 0
    if (octave < LOWEST || octave >= HIGHEST) {
      return Particle.depositionFractionFormula(x);
    }
    int segment = (int) (bits >>> (MANTISSA_BITS - SEGMENT_BITS)) & (SEGMENTS - 1);
    double s = 2 * ((bits & FRACTION_MASK) * FRACTION_SCALE) - 1;
    int base = ((octave - LOWEST) * SEGMENTS + segment) * COEFFICIENTS;
    double[] c = COEFFICIENTS_TABLE;
    double r = c[base + 5];
    r = r * s + c[base + 4];
    r = r * s + c[base + 3];
    r = r * s + c[base + 2];
    r = r * s + c[base + 1];
    return r * s + c[base];
  }

  private static double[] build() {
    double[] out = new double[(HIGHEST - LOWEST) * SEGMENTS * COEFFICIENTS];
    double[] nodes = new double[COEFFICIENTS];
    for (int k = 0; k < COEFFICIENTS; k++) {
      nodes[k] = Math.cos(Math.PI * (k + 0.5) / COEFFICIENTS);
    }
    double[][] monomials = chebyshevToMonomials();
    double[] values = new double[COEFFICIENTS];
    double[] chebyshev = new double[COEFFICIENTS];
    for (int octave = LOWEST; octave < HIGHEST; octave++) {
      for (int segment = 0; segment < SEGMENTS; segment++) {
        double lo = Math.scalb(1.0 + (double) segment / SEGMENTS, octave);
        double hi = Math.scalb(1.0 + (double) (segment + 1) / SEGMENTS, octave);
        for (int k = 0; k < COEFFICIENTS; k++) {
          values[k] = Particle.depositionFractionFormula(0.5 * (lo + hi) + 0.5 * (hi - lo) * nodes[k]);
        }
        // interpolating Chebyshev series at the Chebyshev points of the first kind
        for (int n = 0; n < COEFFICIENTS; n++) {
          double sum = 0;
          for (int k = 0; k < COEFFICIENTS; k++) {
            sum += values[k] * Math.cos(Math.PI * n * (k + 0.5) / COEFFICIENTS);
          }
          chebyshev[n] = sum * (n == 0 ? 1.0 : 2.0) / COEFFICIENTS;
        }
        int base = ((octave - LOWEST) * SEGMENTS + segment) * COEFFICIENTS;
        for (int p = 0; p < COEFFICIENTS; p++) {
          double c = 0;
          for (int n = 0; n < COEFFICIENTS; n++) {
            c += chebyshev[n] * monomials[n][p];
          }
          out[base + p] = c;
        }
      }
    }
    return out;
  }

  /** monomials[n][p]: the coefficient of s^p in the Chebyshev polynomial T_n(s). */
  private static double[][] chebyshevToMonomials() {
    double[][] t = new double[COEFFICIENTS][COEFFICIENTS];
    t[0][0] = 1;
    t[1][1] = 1;
    for (int n = 2; n < COEFFICIENTS; n++) {
      for (int p = 0; p < COEFFICIENTS; p++) {
        t[n][p] = -t[n - 2][p] + (p > 0 ? 2 * t[n - 1][p - 1] : 0);
      }
    }
    return t;
  }
}
