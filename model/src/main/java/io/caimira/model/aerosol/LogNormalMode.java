package io.caimira.model.aerosol;

import org.hipparchus.special.Erf;

/**
 * One log-normal mode of a particle-size distribution: number concentration cn [cm⁻³] spread over the diameter
 * d [µm] with ln d ~ N(μ, σ²).
 */
public record LogNormalMode(double cn, double mu, double sigma) {
  private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
  private static final double SQRT_2 = Math.sqrt(2.0);

  /** Number density dN/dd at diameter d, times {@code factor}: (1/d)·A·cn/(√(2π)σ)·exp(−(ln d − μ)²/(2σ²)). */
  public double density(double d, double factor) {
    double z = StrictMath.log(d) - mu;
    return (1.0 / d) * (factor * cn / (SQRT_2PI * sigma)) * StrictMath.exp(-(z * z) / (2.0 * sigma * sigma));
  }

  /** ∫ density over [dmin, dmax] = A·cn·(erf(y_max) − erf(y_min))/2, y = (ln d − μ)/(√2σ). */
  public double integral(double dmin, double dmax, double factor) {
    double yMin = (Math.log(dmin) - mu) / (SQRT_2 * sigma);
    double yMax = (Math.log(dmax) - mu) / (SQRT_2 * sigma);
    return factor * cn * (Erf.erf(yMax) - Erf.erf(yMin)) / 2.0;
  }
}
