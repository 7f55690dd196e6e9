package io.caimira.model.co2;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.model.population.Headcount;
import io.caimira.model.room.Room;
import io.caimira.model.time.IntPiecewiseConstant;
import io.caimira.model.time.PiecewiseConstant;
import org.junit.jupiter.api.Test;

/**
 * The exhalation rate solved exactly for given air-change rates (variable projection), and the fit that uses it:
 * never worse than upstream's search alone.
 */
class ProjectedCo2ObjectiveTest {
  private static final double VOLUME = 60;
  private static final IntPiecewiseConstant OCCUPANCY =
      new IntPiecewiseConstant(new double[] {8, 12, 13, 17}, new int[] {4, 0, 4});
  private static final double[] VENTILATION = {8, 10, 12.5, 15, 17.5};
  private static final double[] TIMES = SyntheticCo2.sampleTimes(8, 17.5, 400);
  /** A series of our own model, true exhalation 0.51 m³/h, ACH 0.3, 6, 0.5, 3, noise ±15 ppm (seed 7). */
  private static final SyntheticCo2 DATA = SyntheticCo2.generate(VOLUME, OCCUPANCY, 0.51,
      new PiecewiseConstant(VENTILATION, new double[] {0.3, 6, 0.5, 3}), TIMES, 15, 7);

  private static Co2FitObjective full() {
    return new Co2FitObjective(new Room(VOLUME), Headcount.varying(OCCUPANCY), VENTILATION, TIMES, DATA.co2());
  }

  @Test
  void thePredictionIsAffineInTheExhalationRate() {
    Co2FitObjective full = full();
    double[] one = full.predict(new double[] {1, 0.5, 4, 1, 2});
    double[] two = full.predict(new double[] {2, 0.5, 4, 1, 2});
    double[] five = full.predict(new double[] {5, 0.5, 4, 1, 2});
    for (int j = 0; j < one.length; j++) {
      assertThat(five[j]).isCloseTo(one[j] + 4 * (two[j] - one[j]), org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Test
  void theSolvedExhalationRateIsTheBestForTheseAirChanges() {
    Co2FitObjective full = full();
    ProjectedCo2Objective projected = new ProjectedCo2Objective(full, DATA.co2());
    double[] airChanges = {0.5, 4, 1, 2};
    double[] x = projected.withBestExhalation(airChanges);
    double best = full.applyAsDouble(x);
    assertThat(x[0]).isPositive();
    for (double factor : new double[] {0.9, 0.99, 1.01, 1.1}) {
      double[] other = x.clone();
      other[0] *= factor;
      assertThat(full.applyAsDouble(other)).as("E × %s", factor).isGreaterThan(best);
    }
    // the projected objective forms the prediction at E from the walks at E = 1 and 2 (affine in E) instead of a
    // third walk: the same value to rounding (1e-12 relative; the objective is a norm of ~4000 ppm here)
    assertThat(projected.applyAsDouble(airChanges))
        .isCloseTo(best, org.assertj.core.api.Assertions.within(1e-12 * best));
  }

  @Test
  void theFitIsNoWorseThanUpstreamsSearchAlone() {
    Co2DataModel model = new Co2DataModel(VOLUME, null, OCCUPANCY, VENTILATION, TIMES, DATA.co2());
    double upstream = BoundedPowell.minimiseNonNegative(full(), 5).value();
    Co2Fit fit = model.fit();
    double[] x = new double[5];
    x[0] = fit.exhalationRate();
    System.arraycopy(fit.ventilationValues(), 0, x, 1, 4);
    assertThat(model.residualNorm(x)).isLessThanOrEqualTo(upstream);
    // the generating parameters come back (noise ±15 ppm; 10 % on the exhalation rate)
    assertThat(fit.exhalationRate()).isBetween(0.46, 0.56);
  }
}
