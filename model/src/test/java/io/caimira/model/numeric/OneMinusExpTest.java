package io.caimira.model.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The series of 1 − e^(−x) against {@code -Math.expm1(-x)}, the JDK's correctly rounded-to-1-ulp form: within two
 * units in the last place on the series' range, and the very same value elsewhere.
 */
class OneMinusExpTest {

  @Test
  void theSeriesIsWithinTwoUlpsOfExpm1() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 2_000_000; i++) {
      // uniform on the range, and log-uniform down to 1e-300 (where the first term alone counts)
      double x = i % 2 == 0 ? random.nextDouble(0, OneMinusExp.SERIES_LIMIT)
          : OneMinusExp.SERIES_LIMIT * Math.pow(10, -random.nextDouble(0, 300));
      double expected = -Math.expm1(-x);
      assertThat(Math.abs(OneMinusExp.of(x) - expected)).as("x = %s", x)
          .isLessThanOrEqualTo(2 * Math.ulp(expected));
    }
    assertThat(OneMinusExp.of(0.0)).isEqualTo(0.0);
    assertThat(OneMinusExp.of(OneMinusExp.SERIES_LIMIT))
        .isCloseTo(-Math.expm1(-OneMinusExp.SERIES_LIMIT), org.assertj.core.api.Assertions.within(
            2 * Math.ulp(-Math.expm1(-OneMinusExp.SERIES_LIMIT))));
  }

  @Test
  void outsideTheSeriesItIsExpm1() {
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < 100_000; i++) {
      double x = Math.nextUp(OneMinusExp.SERIES_LIMIT) + random.nextDouble(0, 50);
      assertThat(OneMinusExp.of(x)).isEqualTo(-Math.expm1(-x));
    }
    for (double x : new double[] {-1e-3, -2, Double.POSITIVE_INFINITY}) {
      assertThat(OneMinusExp.of(x)).isEqualTo(-Math.expm1(-x));
    }
    assertThat(OneMinusExp.of(Double.NaN)).isNaN();
  }
}
