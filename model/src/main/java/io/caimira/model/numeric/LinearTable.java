package io.caimira.model.numeric;

/**
 * A tabulated function, linearly interpolated with numpy's {@code interp} semantics ({@link Grids#interp}), for
 * tables read millions of times (densities of rejection samplers). On an evenly spaced grid the interval of x is
 * found by arithmetic and confirmed against the grid, so the answers are exactly those of {@link Grids#interp}.
 */
public final class LinearTable {
  private final double[] xp;
  private final double[] fp;
  private final double left;
  private final double right;
  private final double first;
  private final double inverseStep;
  /** slopes[j]: the slope of interval j, computed as {@link Grids#interpolateIn} computes it. */
  private final double[] slopes;

  /** The arrays are copied; xp must be increasing. */
  public LinearTable(double[] xp, double[] fp, double left, double right) {
    if (xp.length < 2 || xp.length != fp.length) {
      throw new IllegalArgumentException("A table needs at least two points and as many values");
    }
    this.xp = xp.clone();
    this.fp = fp.clone();
    this.left = left;
    this.right = right;
    this.first = xp[0];
    this.inverseStep = (xp.length - 1) / (xp[xp.length - 1] - xp[0]);
    this.slopes = new double[xp.length - 1];
    for (int j = 0; j < slopes.length; j++) {
      slopes[j] = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
    }
  }

  /** The table's abscissae (a copy). */
  public double[] abscissae() {
    return xp.clone();
  }

  /** The interpolated value at x; {@code left} below the table, {@code right} above it. */
  public double at(double x) {
    int n = xp.length;
    if (!(x >= xp[0]) || x >= xp[n - 1]) {
      return Grids.interp(x, xp, fp, left, right); // outside, the last point, NaN
    }
    int j = (int) ((x - first) * inverseStep);
    j = Math.max(0, Math.min(j, n - 2));
    while (j > 0 && xp[j] > x) {
      j--;
    }
    while (j < n - 2 && xp[j + 1] <= x) {
      j++;
    }
    double value = slopes[j] * (x - xp[j]) + fp[j];
    return Double.isNaN(value) ? Grids.interpolateIn(j, x, xp, fp) : value;
  }
}
