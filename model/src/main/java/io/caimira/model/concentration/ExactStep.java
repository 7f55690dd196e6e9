package io.caimira.model.concentration;

/**
 * The exact solution of dc/dt = S − RR·(c − bk) over one step of Δ hours with constant source S = N/V, removal
 * RR and background bk, written without the limit S/RR (huge when RR is tiny) and valid for RR = 0:
 * c(Δ) = c·f + bk·(1 − f) + S·h and ∫c = bk·Δ + (c − bk)·h + S·(Δ − h)/RR, with f = e^{−RR·Δ},
 * h = (1 − f)/RR → Δ and (Δ − h)/RR → Δ²/2 as RR → 0 (series below RR·Δ = 1e-4). Callers pass both f and
 * 1 − f, each computed accurately (f directly when it is small — a decaying tail —, 1 − f by expm1 when f is
 * close to 1), so that neither regime loses precision to cancellation.
 */
final class ExactStep {
  /** Below this RR·Δ, h and (Δ − h)/RR come from series (truncation error below 1e-16 relative). */
  static final double SMALL = 1e-4;

  private ExactStep() {}

  /** 1 − e^{−RR·Δ}, accurate for small RR·Δ. */
  static double oneMinusDecay(double rr, double dt) {
    return -Math.expm1(-rr * dt);
  }

  /** e^{−RR·Δ}. */
  static double decay(double rr, double dt) {
    return Math.exp(-rr * dt);
  }

  /** c at the end of the step, given f = e^{−RR·Δ} and {@code oneMinusF} = 1 − f. */
  static double next(double c, double bk, double source, double rr, double dt, double f, double oneMinusF) {
    return c * f + bk * oneMinusF + source * h(rr, dt, oneMinusF);
  }

  /** ∫c over the step, given {@code oneMinusF} = 1 − e^{−RR·Δ}. */
  static double integral(double c, double bk, double source, double rr, double dt, double oneMinusF) {
    double x = rr * dt;
    double h = h(rr, dt, oneMinusF);
    double rest = x < SMALL ? dt * dt * (0.5 - x / 6 + x * x / 24 - x * x * x / 120) : (dt - h) / rr;
    return bk * dt + (c - bk) * h + source * rest;
  }

  private static double h(double rr, double dt, double oneMinusF) {
    double x = rr * dt;
    return x < SMALL ? dt * (1 - x / 2 + x * x / 6 - x * x * x / 24) : oneMinusF / rr;
  }
}
