package io.caimira.model.distribution;

import io.caimira.model.numeric.Grids;
import io.caimira.model.numeric.LinearTable;

/**
 * The density of log10(viral load in sputum [RNA copies/mL]) used for every SARS-CoV-2 variant: a Weibull
 * density (shape 3.47, scale 7.01; Chen et al., eLife 2021) tabulated on 30 evenly spaced points between its
 * 1 % and 99 % quantiles and linearly interpolated between them, zero outside. The Weibull is only a shape:
 * it is never sampled directly.
 */
public final class WeibullViralLoadPdf {
  public static final double SHAPE = 3.47;
  public static final double SCALE = 7.01;
  public static final double FIRST_QUANTILE = 0.01;
  public static final double LAST_QUANTILE = 0.99;
  public static final int GRID_POINTS = 30;

  private static final double[] GRID =
      Grids.linspace(
          weibullQuantile(FIRST_QUANTILE, SHAPE, SCALE),
          weibullQuantile(LAST_QUANTILE, SHAPE, SCALE),
          GRID_POINTS);
  private static final double[] VALUES = tabulate(GRID);
  private static final LinearTable TABLE = new LinearTable(GRID, VALUES, 0.0, 0.0);

  private WeibullViralLoadPdf() {}

  /** Weibull density (c/s)·(x/s)^(c−1)·exp(−(x/s)^c) for x ≥ 0, 0 below. */
  public static double weibullDensity(double x, double shape, double scale) {
    if (x < 0) {
      return 0.0;
    }
    double z = x / scale;
    return shape * Math.pow(z, shape - 1) * Math.exp(-Math.pow(z, shape)) / scale;
  }

  /** Weibull quantile s·(−ln(1 − q))^(1/c). */
  public static double weibullQuantile(double q, double shape, double scale) {
    return scale * Math.pow(-Math.log1p(-q), 1.0 / shape);
  }

  private static double[] tabulate(double[] grid) {
    double[] v = new double[grid.length];
    for (int i = 0; i < grid.length; i++) {
      v[i] = weibullDensity(grid[i], SHAPE, SCALE);
    }
    return v;
  }

  /** The 30 tabulation points (log10 viral load). */
  public static double[] grid() {
    return GRID.clone();
  }

  /** The Weibull density at the tabulation points. */
  public static double[] values() {
    return VALUES.clone();
  }

  /** The tabulated density: linear between the grid points, zero outside. */
  public static LinearTable table() {
    return TABLE;
  }

  /** The interpolated density at x = log10(viral load); 0 outside the grid. */
  public static double pdf(double x) {
    return TABLE.at(x);
  }
}
