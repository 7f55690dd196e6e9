package io.caimira.model.co2;

import java.util.function.DoubleUnaryOperator;

/**
 * Scalar minimisation on a closed interval by Brent's method (golden section plus parabolic
 * interpolation), with the exact step logic of scipy 1.10's {@code fminbound} /
 * {@code _minimize_scalar_bounded}, so that it reproduces scipy's evaluation sequence.
 *
 * <p>Starts at a + (3 − √5)/2·(b − a); stops when the best point is within 2·tol of the interval
 * midpoint minus half its width, with tol = √(2.2·10⁻¹⁶)·|x| + xatol/3, or after {@code maxEval}
 * evaluations.
 */
final class BoundedBrent {
  private static final double SQRT_EPS = Math.sqrt(2.2e-16);
  private static final double GOLDEN = 0.5 * (3.0 - Math.sqrt(5.0));

  private BoundedBrent() {}

  /** Best point found and its value. */
  record Minimum(double x, double value, int evaluations) {}

  static Minimum minimise(DoubleUnaryOperator f, double lower, double upper, double xatol,
      int maxEval) {
    if (!(Double.isFinite(lower) && Double.isFinite(upper))) {
      throw new IllegalArgumentException("Optimization bounds must be finite scalars.");
    }
    if (lower > upper) {
      throw new IllegalArgumentException("The lower bound exceeds the upper bound.");
    }
    double a = lower;
    double b = upper;
    double far = a + GOLDEN * (b - a); // third best point
    double near = far; // second best point
    double best = far;
    double rat = 0.0;
    double e = 0.0;
    double fBest = f.applyAsDouble(best);
    int evaluations = 1;
    double fFar = fBest;
    double fNear = fBest;
    double mid = 0.5 * (a + b);
    double tol1 = SQRT_EPS * Math.abs(best) + xatol / 3.0;
    double tol2 = 2.0 * tol1;

    while (Math.abs(best - mid) > (tol2 - 0.5 * (b - a))) {
      boolean golden = true;
      if (Math.abs(e) > tol1) {
        golden = false;
        double r = (best - near) * (fBest - fFar);
        double q = (best - far) * (fBest - fNear);
        double p = (best - far) * q - (best - near) * r;
        q = 2.0 * (q - r);
        if (q > 0.0) {
          p = -p;
        }
        q = Math.abs(q);
        r = e;
        e = rat;
        if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - best) && p < q * (b - best)) {
          rat = (p + 0.0) / q;
          double trial = best + rat;
          if ((trial - a) < tol2 || (b - trial) < tol2) {
            rat = tol1 * signOrOne(mid - best);
          }
        } else {
          golden = true;
        }
      }
      if (golden) {
        e = best >= mid ? a - best : b - best;
        rat = GOLDEN * e;
      }
      double x = best + signOrOne(rat) * Math.max(Math.abs(rat), tol1);
      double fx = f.applyAsDouble(x);
      evaluations++;

      if (fx <= fBest) {
        if (x >= best) {
          a = best;
        } else {
          b = best;
        }
        far = near;
        fFar = fNear;
        near = best;
        fNear = fBest;
        best = x;
        fBest = fx;
      } else {
        if (x < best) {
          a = x;
        } else {
          b = x;
        }
        if (fx <= fNear || near == best) {
          far = near;
          fFar = fNear;
          near = x;
          fNear = fx;
        } else if (fx <= fFar || far == best || far == near) {
          far = x;
          fFar = fx;
        }
      }
      mid = 0.5 * (a + b);
      tol1 = SQRT_EPS * Math.abs(best) + xatol / 3.0;
      tol2 = 2.0 * tol1;
      if (evaluations >= maxEval) {
        break;
      }
    }
    return new Minimum(best, fBest, evaluations);
  }

  /** sign(v), with 1 for zero (numpy's {@code sign(v) + (v == 0)}); NaN stays NaN. */
  private static double signOrOne(double v) {
    return v == 0 ? 1.0 : Math.signum(v);
  }
}
