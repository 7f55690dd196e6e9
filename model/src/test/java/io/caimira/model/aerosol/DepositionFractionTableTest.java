package io.caimira.model.aerosol;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.sample.Samples;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The piecewise polynomial of the deposition fraction against the formula it replaces in per-sample evaluation.
 * Tolerance: 5e-14 relative, a few units in the last place of fractions between 0.06 and 1 (the measured worst
 * case is about 6e-15); the Monte-Carlo noise of a report is about 1e-3.
 */
class DepositionFractionTableTest {
  private static final double TOLERANCE = 5e-14;

  private static void assertClose(double x) {
    double formula = Particle.depositionFractionFormula(x);
    assertThat(Math.abs(DepositionFractionTable.at(x) - formula))
        .as("x = %s µm", x).isLessThanOrEqualTo(TOLERANCE * Math.abs(formula));
  }

  @Test
  void agreesWithTheFormulaAtRandomDiameters() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1_000_000; i++) {
      // log-uniform over the table, most of them where the model's diameters lie (0.001 to 1000 µm)
      double exponent = i % 4 == 0
          ? random.nextDouble(DepositionFractionTable.LOWEST, DepositionFractionTable.HIGHEST)
          : random.nextDouble(-10, 10);
      assertClose(Math.pow(2, exponent));
    }
  }

  @Test
  void theFusedProductGivesTheSameBitsAsTheProductOfTheFractions() {
    SplittableRandom random = new SplittableRandom(2);
    double[] d = new double[50_001];
    double[] f = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.pow(10, random.nextDouble(-1, 2));
      f[i] = random.nextDouble();
    }
    Samples diameters = Samples.of(d);
    for (Samples factor : new Samples[] {Samples.of(f), Samples.constant(0.5)}) {
      assertThat(Particle.timesDepositionFraction(factor, diameters, 0.3))
          .isEqualTo(factor.times(Particle.depositionFraction(diameters, 0.3)));
      assertThat(Particle.timesDepositionFraction(factor, Samples.constant(3.0), 0.3))
          .isEqualTo(factor.times(Particle.depositionFraction(Samples.constant(3.0), 0.3)));
      assertThat(Particle.timesDepositionFraction(factor, null, 0.3))
          .isEqualTo(factor.times(Particle.depositionFraction(null, 0.3)));
    }
  }

  @Test
  void agreesAtTheEndsOfEverySegment() {
    for (int octave = DepositionFractionTable.LOWEST; octave < DepositionFractionTable.HIGHEST; octave++) {
      for (int segment = 0; segment < DepositionFractionTable.SEGMENTS; segment++) {
        double start = Math.scalb(1.0 + (double) segment / DepositionFractionTable.SEGMENTS, octave);
        assertClose(start);
        assertClose(Math.nextDown(start));
        assertClose(Math.nextUp(start));
      }
    }
  }

  @Test
  void outsideTheTableTheFormulaItselfIsUsed() {
    double[] outside = {Math.scalb(1.0, DepositionFractionTable.LOWEST - 1),
        Math.scalb(1.0, DepositionFractionTable.HIGHEST),
        Double.MIN_VALUE, Double.MAX_VALUE, 0.0, -1.0, -0.0, Double.POSITIVE_INFINITY, Double.NaN};
    for (double x : outside) {
      assertThat(Double.doubleToLongBits(DepositionFractionTable.at(x))).as("x = %s", x)
          .isEqualTo(Double.doubleToLongBits(Particle.depositionFractionFormula(x)));
    }
  }

  @Test
  void perSampleFractionsAreTheTableAtTheAirborneDiameter() {
    double[] diameters = {0.05, 0.8, 1.0, 2.5, 7.3, 40, 120};
    Samples fractions = Particle.depositionFraction(Samples.of(diameters), 0.3);
    for (int i = 0; i < diameters.length; i++) {
      assertThat(fractions.get(i)).isEqualTo(DepositionFractionTable.at(diameters[i] * 0.3));
      assertThat(fractions.get(i)).isCloseTo(Particle.depositionFraction(diameters[i], 0.3),
          org.assertj.core.api.Assertions.within(TOLERANCE));
    }
  }
}
