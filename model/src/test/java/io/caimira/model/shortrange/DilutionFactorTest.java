package io.caimira.model.shortrange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The folded form of {@link DilutionFactor#at} and {@link DilutionFactor#inverseAt} against the two-stage model
 * written term by term as in its documentation (Jia et al. 2022): relative 1e-13 (the folded constants, one root and
 * one division change the rounding by a few ulps only), on both sides of the jet–puff transition.
 */
class DilutionFactorTest {
  private static double xStar(double rate) {
    double d = DilutionFactor.MOUTH_DIAMETER;
    double q = DilutionFactor.EXHALATION_COEFFICIENT * rate / 3600.0;
    double u0 = q / (Math.PI * d * d / 4);
    double x0 = d / (2 * DilutionFactor.BETA_R1);
    double t0 = Math.sqrt(Math.PI) * Math.pow(d, 3)
        / (8 * Math.pow(DilutionFactor.BETA_R1, 2) * Math.pow(DilutionFactor.BETA_X1, 2) * q);
    double tStar = DilutionFactor.BREATHING_CYCLE / 2;
    return DilutionFactor.BETA_X1 * Math.pow(q * u0, 0.25) * Math.pow(tStar + t0, 0.5) - x0;
  }

  private static double literal(double x, double rate) {
    double d = DilutionFactor.MOUTH_DIAMETER;
    double x0 = d / (2 * DilutionFactor.BETA_R1);
    double xStar = xStar(rate);
    if (x < xStar) {
      return 2 * DilutionFactor.BETA_R1 * (x + x0) / d;
    }
    double sStar = 2 * DilutionFactor.BETA_R1 * (xStar + x0) / d;
    return sStar * Math.pow(1 + DilutionFactor.BETA_R2 * (x - xStar)
        / (DilutionFactor.BETA_R1 * (xStar + x0)), 3);
  }

  @Test
  void theFoldedFormulaIsTheModel() {
    int jet = 0;
    int puff = 0;
    for (double rate = 0.2; rate <= 5; rate += 0.3) {
      for (double x = 0.01; x <= 3; x += 0.01) {
        double expected = literal(x, rate);
        assertThat(DilutionFactor.at(x, rate)).as("x=%s rate=%s", x, rate)
            .isCloseTo(expected, within(1e-13 * expected));
        assertThat(DilutionFactor.inverseAt(x, rate)).as("inverse, x=%s rate=%s", x, rate)
            .isCloseTo(1 / expected, within(1e-13 / expected));
        if (x < xStar(rate)) {
          jet++;
        } else {
          puff++;
        }
      }
    }
    assertThat(jet).as("points in the jet stage").isPositive();
    assertThat(puff).as("points in the puff stage").isPositive();
  }
}
