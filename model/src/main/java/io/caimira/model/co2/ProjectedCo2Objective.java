package io.caimira.model.co2;

import java.util.function.ToDoubleFunction;

/**
 * The CO₂ fit's objective with the exhalation rate solved exactly (variable projection). For given air-change
 * rates λ, the predicted concentration is affine in the exhalation rate E: predicted = b(λ) + E·g(λ), b the
 * background reached without emission. Both come from the predictions at E = 1 and E = 2 (at E = 0 the model's
 * normalisation is undefined), and the best E is the least-squares one, Σ g·(y − b) / Σ g², clamped at 0; the
 * search then runs over λ alone.
 */
final class ProjectedCo2Objective implements ToDoubleFunction<double[]> {
  private final Co2FitObjective full;
  private final double[] measured;

  /**
   * @param full the objective over [E, λ…]
   * @param measured the measured concentrations, in the order of the input times
   */
  ProjectedCo2Objective(Co2FitObjective full, double[] measured) {
    this.full = full;
    this.measured = measured;
  }

  /**
   * The objective at the best exhalation rate, from the same two walks: the prediction b + E·g at that rate, not a
   * third walk of the model (the same value to rounding).
   */
  @Override
  public double applyAsDouble(double[] airChanges) {
    Projection p = project(airChanges);
    double sum = 0.0;
    for (int j = 0; j < measured.length; j++) {
      double d = measured[j] - (p.background[j] + p.exhalation * p.perExhalation[j]);
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  /** [E, λ…] with the best exhalation rate E for these air-change rates. */
  double[] withBestExhalation(double[] airChanges) {
    double[] x = new double[airChanges.length + 1];
    System.arraycopy(airChanges, 0, x, 1, airChanges.length);
    x[0] = project(airChanges).exhalation;
    return x;
  }

  /** The background b, the response g to a unit exhalation rate, and the best exhalation rate, for these λ. */
  private record Projection(double[] background, double[] perExhalation, double exhalation) {}

  private Projection project(double[] airChanges) {
    double[] x = new double[airChanges.length + 1];
    System.arraycopy(airChanges, 0, x, 1, airChanges.length);
    x[0] = 1.0;
    double[] one = full.predict(x);
    x[0] = 2.0;
    double[] two = full.predict(x);
    double[] background = new double[one.length];
    double[] perExhalation = new double[one.length];
    double num = 0;
    double den = 0;
    for (int j = 0; j < one.length; j++) {
      double g = two[j] - one[j];
      double b = one[j] - g;
      perExhalation[j] = g;
      background[j] = b;
      num += g * (measured[j] - b);
      den += g * g;
    }
    double e = den > 0 && num > 0 ? num / den : 0.0;
    return new Projection(background, perExhalation, Double.isFinite(e) ? e : 0.0);
  }
}
