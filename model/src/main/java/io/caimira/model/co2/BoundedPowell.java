package io.caimira.model.co2;

import io.caimira.model.work.Cancellation;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Derivative-free minimisation under box bounds by Powell's conjugate-direction method, reproducing
 * scipy 1.10 {@code minimize(method='powell', bounds=...)}. Upstream CAiMIRA fits the CO₂ model with
 * it (x0 = ones, bounds [0, ∞) on every coordinate, xtol = 1e-3, ftol = 1e-4, maxiter = maxfev =
 * 1000·n); {@link #minimiseNonNegative(ToDoubleFunction, int)} applies exactly those settings.
 *
 * <p><b>Why not Hipparchus.</b> Hipparchus 4 offers {@code PowellOptimizer} (no bounds; its line
 * search is an unbounded bracketing Brent) and {@code BOBYQAOptimizer} (bounded, but a quadratic
 * trust-region model needing n ≥ 2, a finite initial trust radius and 2n + 1 interpolation points,
 * with a different search path). On well-posed problems all reach the same minimum, but the CO₂ fit
 * has flat or nearly flat directions (ventilation intervals with little signal end near 0, e.g.
 * 6.5·10⁻⁵ h⁻¹ in the upstream documentation example) where the reported point depends on the
 * search path. Reproducing scipy's path is the only way to match upstream numbers there, so this
 * class follows scipy's algorithm step by step; the tests compare it with scipy results.
 *
 * <p><b>Algorithm.</b> Directions start as the unit vectors. Each iteration line-searches along
 * every direction in turn, remembering the direction with the largest decrease. It stops when 2·(f
 * before − f after) ≤ ftol·(|f before| + |f after|) + 10⁻²⁰, or on the iteration/evaluation budget,
 * or when both values are NaN. Otherwise it probes the extrapolated point x + min(1, λmax)·(x −
 * x_previous) (λmax keeps it inside the bounds) and, when Powell's test accepts it, line-searches
 * along x − x_previous and replaces the best direction by it (moved to the last slot).
 *
 * <p><b>Line search.</b> Along a direction u from x, the admissible step interval [λmin, λmax] keeps
 * x + λu inside the bounds (an empty interval collapses to [0, 0]). A finite interval is searched by
 * {@link BoundedBrent} with absolute tolerance xtol; a half-infinite one is mapped by λ = tan(θ) onto
 * (atan λmin, atan λmax) and searched in θ. Every coordinate must have at least one finite bound, so
 * the fully unbounded case (scipy's bracketing Brent) never arises and is not supported.
 *
 * <p>The evaluation budget is enforced like scipy: a request beyond it aborts the current iteration
 * and the last accepted point is returned. The objective receives a copy of the point.
 */
public final class BoundedPowell {
  /** Upstream's {@code xtol} for the CO₂ fit. */
  public static final double CO2_XTOL = 1e-3;

  /** scipy's default {@code ftol} for Powell. */
  public static final double CO2_FTOL = 1e-4;

  private static final int SCALAR_MAX_EVAL = 500;

  private final double xtol;
  private final double ftol;
  private final int maxIterations;
  private final int maxEvaluations;

  /**
   * A minimiser with explicit settings.
   *
   * @param xtol line-search tolerance on the step (scipy {@code xtol})
   * @param ftol relative tolerance on the objective decrease per iteration (scipy {@code ftol})
   * @param maxIterations maximum number of iterations, ≥ 1
   * @param maxEvaluations maximum number of objective evaluations, ≥ 1
   */
  public BoundedPowell(double xtol, double ftol, int maxIterations, int maxEvaluations) {
    if (!(xtol > 0) || !(ftol >= 0) || maxIterations < 1 || maxEvaluations < 1) {
      throw new IllegalArgumentException("invalid Powell settings.");
    }
    this.xtol = xtol;
    this.ftol = ftol;
    this.maxIterations = maxIterations;
    this.maxEvaluations = maxEvaluations;
  }

  /** Upstream's CO₂-fit settings for {@code n} unknowns: xtol 1e-3, ftol 1e-4, 1000·n budgets. */
  public static BoundedPowell co2FitSettings(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("at least one unknown is needed.");
    }
    return new BoundedPowell(CO2_XTOL, CO2_FTOL, 1000 * n, 1000 * n);
  }

  /**
   * Minimises {@code f} over [0, ∞)ⁿ from x0 = (1, …, 1) with upstream's CO₂-fit settings: the call
   * that reproduces {@code scipy.optimize.minimize(f, np.ones(n), method='powell', bounds=[(0,
   * None)] * n, options={'xtol': 1e-3})}.
   */
  public static PowellResult minimiseNonNegative(ToDoubleFunction<double[]> f, int n) {
    double[] x0 = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(x0, 1.0);
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    return co2FitSettings(n).minimise(f, x0, lower, upper);
  }

  /**
   * Minimises {@code f} from {@code x0} within [lower, upper] (componentwise; ±∞ allowed, but not
   * both for the same coordinate).
   */
  public PowellResult minimise(
      ToDoubleFunction<double[]> f, double[] x0, double[] lower, double[] upper) {
    int n = x0.length;
    if (n == 0 || lower.length != n || upper.length != n) {
      throw new IllegalArgumentException("x0, lower and upper must have the same non-zero length.");
    }
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(lower[i]) || Double.isNaN(upper[i]) || lower[i] > upper[i]) {
        throw new IllegalArgumentException("invalid bounds for coordinate " + i + ".");
      }
      if (lower[i] == Double.NEGATIVE_INFINITY && upper[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "coordinate " + i + " needs at least one finite bound.");
      }
    }
    return new Run(new Budgeted(f, maxEvaluations), lower.clone(), upper.clone())
        .execute(x0.clone());
  }

  /** One minimisation: mutable state kept apart from the immutable settings. */
  private final class Run {
    private final Budgeted f;
    private final double[] lower;
    private final double[] upper;
    private double[] x;
    private double fval;
    private int iterations;

    Run(Budgeted f, double[] lower, double[] upper) {
      this.f = f;
      this.lower = lower;
      this.upper = upper;
    }

    PowellResult execute(double[] start) {
      int n = start.length;
      double[][] directions = new double[n][n];
      for (int i = 0; i < n; i++) {
        directions[i][i] = 1.0;
      }
      x = start;
      try {
        fval = f.value(x);
      } catch (BudgetExhausted e) {
        throw new IllegalStateException("unreachable: budget is at least one evaluation", e);
      }
      double[] previous = x.clone();
      try {
        while (true) {
          double fStart = fval;
          int biggest = 0;
          double biggestDrop = 0.0;
          for (int i = 0; i < n; i++) {
            double before = fval;
            lineSearch(directions[i]);
            if (before - fval > biggestDrop) {
              biggestDrop = before - fval;
              biggest = i;
            }
          }
          iterations++;
          double bound = ftol * (Math.abs(fStart) + Math.abs(fval)) + 1e-20;
          if (2.0 * (fStart - fval) <= bound
              || f.evaluations >= maxEvaluations
              || iterations >= maxIterations
              || (Double.isNaN(fStart) && Double.isNaN(fval))) {
            break;
          }

          double[] drift = new double[n];
          for (int i = 0; i < n; i++) {
            drift[i] = x[i] - previous[i];
          }
          previous = x.clone();
          double reach = Math.min(stepInterval(x, drift)[1], 1.0);
          double[] extrapolated = new double[n];
          for (int i = 0; i < n; i++) {
            extrapolated[i] = x[i] + reach * drift[i];
          }
          double fExtrapolated = f.value(extrapolated);
          if (fStart > fExtrapolated) {
            double t = 2.0 * (fStart + fExtrapolated - 2.0 * fval);
            double temp = fStart - fval - biggestDrop;
            t *= temp * temp;
            temp = fStart - fExtrapolated;
            t -= biggestDrop * temp * temp;
            if (t < 0.0) {
              double[] step = lineSearch(drift);
              if (!isZero(step)) {
                directions[biggest] = directions[n - 1];
                directions[n - 1] = step;
              }
            }
          }
        }
      } catch (BudgetExhausted e) {
        // scipy stops here and keeps the last accepted point
      }
      return new PowellResult(x.clone(), fval, iterations, f.evaluations, status());
    }

    private PowellResult.Status status() {
      for (int i = 0; i < x.length; i++) {
        if (lower[i] > x[i] || x[i] > upper[i]) {
          return PowellResult.Status.OUT_OF_BOUNDS;
        }
      }
      if (f.evaluations >= maxEvaluations) {
        return PowellResult.Status.MAX_EVALUATIONS;
      }
      if (iterations >= maxIterations) {
        return PowellResult.Status.MAX_ITERATIONS;
      }
      if (Double.isNaN(fval) || Arrays.stream(x).anyMatch(Double::isNaN)) {
        return PowellResult.Status.NAN;
      }
      return PowellResult.Status.CONVERGED;
    }

    /**
     * Minimises along {@code direction} from the current point, updating x and fval; returns the
     * step actually taken (λ·direction).
     */
    private double[] lineSearch(double[] direction) {
      if (isZero(direction)) {
        return direction;
      }
      double[] interval = stepInterval(x, direction);
      double lo = interval[0];
      double hi = interval[1];
      double tol = xtol * 100;
      double xatol = tol / 100;
      double[] origin = x;
      double lambda;
      double value;
      if (Double.isFinite(lo) && Double.isFinite(hi)) {
        BoundedBrent.Minimum m =
            BoundedBrent.minimise(
                s -> f.value(along(origin, direction, s)), lo, hi, xatol, SCALAR_MAX_EVAL);
        lambda = m.x();
        value = m.value();
      } else {
        BoundedBrent.Minimum m =
            BoundedBrent.minimise(
                th -> f.value(along(origin, direction, Math.tan(th))),
                Math.atan(lo),
                Math.atan(hi),
                xatol,
                SCALAR_MAX_EVAL);
        lambda = Math.tan(m.x());
        value = m.value();
      }
      double[] step = new double[direction.length];
      for (int i = 0; i < step.length; i++) {
        step[i] = lambda * direction[i];
      }
      double[] next = new double[origin.length];
      for (int i = 0; i < next.length; i++) {
        next[i] = origin[i] + step[i];
      }
      x = next;
      fval = value;
      return step;
    }

    /** [λmin, λmax] such that x + λ·u stays within the bounds; [0, 0] if empty. */
    private double[] stepInterval(double[] at, double[] u) {
      double lo = Double.NEGATIVE_INFINITY;
      double hi = Double.POSITIVE_INFINITY;
      boolean any = false;
      for (int i = 0; i < u.length; i++) {
        if (u[i] == 0) {
          continue;
        }
        any = true;
        double toLower = (lower[i] - at[i]) / u[i];
        double toUpper = (upper[i] - at[i]) / u[i];
        if (u[i] > 0) {
          lo = Math.max(lo, toLower);
          hi = Math.min(hi, toUpper);
        } else {
          lo = Math.max(lo, toUpper);
          hi = Math.min(hi, toLower);
        }
      }
      if (!any) {
        return new double[] {0.0, 0.0};
      }
      return hi >= lo ? new double[] {lo, hi} : new double[] {0.0, 0.0};
    }
  }

  private static double[] along(double[] origin, double[] u, double lambda) {
    double[] p = new double[origin.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = origin[i] + lambda * u[i];
    }
    return p;
  }

  private static boolean isZero(double[] v) {
    for (double c : v) {
      if (c != 0) {
        return false;
      }
    }
    return true;
  }

  /** Counts evaluations and refuses any beyond the budget. */
  private static final class Budgeted {
    private final ToDoubleFunction<double[]> f;
    private final int budget;
    int evaluations;

    Budgeted(ToDoubleFunction<double[]> f, int budget) {
      this.f = f;
      this.budget = budget;
    }

    double value(double[] point) {
      if (evaluations >= budget) {
        throw new BudgetExhausted();
      }
      Cancellation.check();
      evaluations++;
      return f.applyAsDouble(point.clone());
    }
  }

  /** Signals an evaluation request beyond the budget. */
  private static final class BudgetExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExhausted() {
      super(null, null, false, false);
    }
  }
}
