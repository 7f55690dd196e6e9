package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast six-digit rounding against its definition, BigDecimal's exact rounding, on generated values. */
class SignificantRoundingTest {
  private static double exact(double v) {
    return Double.isFinite(v) ? new BigDecimal(v).round(new MathContext(6)).doubleValue() : v;
  }

  @Test
  void agreesBitForBitWithTheExactDecimalRounding() {
    SplittableRandom random = new SplittableRandom(61207);
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, 1.0, 999999.5, 9999995.0,
        0.1234565, 1.234565, 123456.5, 1e-17, 1e-23, 1e22, 1e23, 4.35e-300));
    for (int k = 0; k < 200_000; k++) {
      // magnitudes over the whole range the report shows and beyond, and raw bit patterns
      double v = k % 4 == 3
          ? Double.longBitsToDouble(random.nextLong())
          : (random.nextBoolean() ? 1 : -1) * random.nextDouble(1, 10) * Math.pow(10, random.nextInt(-40, 40));
      values.add(v);
    }
    for (int k = 0; k < 20_000; k++) {
      // near-ties: six digits and a half, and the powers of ten, one ulp either side
      double tie = (random.nextInt(100_000, 1_000_000) + 0.5) * Math.pow(10, random.nextInt(-30, 30));
      double decade = Math.pow(10, random.nextInt(-30, 30));
      for (double v : new double[] {tie, decade}) {
        values.add(v);
        values.add(Math.nextUp(v));
        values.add(Math.nextDown(v));
      }
    }
    for (double v : values) {
      assertThat(Double.doubleToLongBits(SignificantRounding.sixDigits(v)))
          .as("%s", v).isEqualTo(Double.doubleToLongBits(exact(v)));
    }
  }
}
