package io.caimira.webapp.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A double rounded to six significant digits, half up, as {@code new BigDecimal(v).round(new MathContext(6))
 * .doubleValue()} gives it, bit for bit, at a small fraction of its cost (a report page rounds a few thousand
 * numbers).
 *
 * <p>The fast path scales |v| by an exact power of ten into [10⁵, 10⁶) and rounds to an integer: the scaled value's
 * error is below 10⁻⁹ (one rounding of a product or quotient below 10⁶), so when its fraction is farther than that from
 * one half the integer is the one the exact decimal rounding gives; dividing it by the exact power of ten (or
 * multiplying, for large values) is one correctly rounded operation on exact operands, so the result is the double
 * nearest that decimal, as {@code doubleValue()} answers. Everything else (near-ties,
 * powers of ten out of exact range, a scaled value outside the decade) takes the exact path.
 */
final class SignificantRounding {
  private static final MathContext SIX = new MathContext(6);
  /** 10^0 … 10^22: every power of ten a double holds exactly. */
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private SignificantRounding() {}

  static double sixDigits(double v) {
    if (!Double.isFinite(v)) {
      return v;
    }
    double magnitude = Math.abs(v);
    if (magnitude == 0) {
      return 0.0; // the decimal zero has no sign
    }
    int exponent = (int) Math.floor(Math.log10(magnitude)); // may be one off near a power of ten: checked below
    int shift = 5 - exponent; // magnitude · 10^shift in [10⁵, 10⁶)
    if (Math.abs(shift) < POWERS.length) {
      double power = POWERS[Math.abs(shift)];
      double scaled = shift >= 0 ? magnitude * power : magnitude / power;
      double whole = Math.floor(scaled);
      double fraction = scaled - whole;
      if (scaled >= 1e5 && scaled < 1e6 && Math.abs(fraction - 0.5) > 1e-9) {
        double digits = fraction > 0.5 ? whole + 1 : whole;
        double rounded = shift >= 0 ? digits / power : digits * power;
        return Math.copySign(rounded, v);
      }
    }
    return new BigDecimal(v).round(SIX).doubleValue();
  }
}
