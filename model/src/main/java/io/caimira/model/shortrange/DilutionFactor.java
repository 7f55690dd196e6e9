package io.caimira.model.shortrange;

/**
 * Dilution of the exhaled jet with distance, from the two-stage (jet then puff) expiratory model of Jia et al.
 * (2022, Building and Environment 219, 109166).
 *
 * <p>With the exhalation flow Q = φ·BR (BR in m³/s), the mouth area Am = πD²/4 and u0 = Q/Am:
 * x0 = D/(2βr1), t0 = √π·D³/(8·βr1²·βx1²·Q), x* = βx1·(Q·u0)^¼·(t* + t0)^½ − x0 and S* = 2βr1(x* + x0)/D.
 * In the jet stage (x &lt; x*) S(x) = 2βr1(x + x0)/D; in the puff stage S(x) = S*·(1 + βr2(x − x*)/(βr1(x* + x0)))³.
 */
public final class DilutionFactor {
  /** Mouth diameter D [m]. */
  public static final double MOUTH_DIAMETER = 0.02;
  /** Exhalation coefficient φ: peak over mean exhalation flow. */
  public static final double EXHALATION_COEFFICIENT = 2;
  /** Breathing cycle [s]; the jet stage lasts half of it (t*). */
  public static final double BREATHING_CYCLE = 4;
  /** Penetration coefficient βr1 (jet radial). */
  public static final double BETA_R1 = 0.18;
  /** Penetration coefficient βr2 (puff radial). */
  public static final double BETA_R2 = 0.2;
  /** Penetration coefficient βx1 (jet axial). */
  public static final double BETA_X1 = 2.4;

  private DilutionFactor() {}

  /** Q per exhalation rate: φ / 3600 (m³/h to m³/s). */
  private static final double FLOW_PER_RATE = EXHALATION_COEFFICIENT / 3600.0;
  /** 1 / Am, Am = πD²/4 the mouth area. */
  private static final double INVERSE_MOUTH_AREA = 4 / (Math.PI * MOUTH_DIAMETER * MOUTH_DIAMETER);
  /** x0 = D / (2βr1). */
  private static final double X0 = MOUTH_DIAMETER / 2 / BETA_R1;
  /** t0·Q = √π·D³ / (8·βr1²·βx1²). */
  private static final double T0_TIMES_FLOW = Math.sqrt(Math.PI) * MOUTH_DIAMETER * MOUTH_DIAMETER * MOUTH_DIAMETER
      / (8 * BETA_R1 * BETA_R1 * BETA_X1 * BETA_X1);
  /** t* = half a breathing cycle. */
  private static final double T_STAR = BREATHING_CYCLE / 2;
  /** 2βr1 / D. */
  private static final double JET_SLOPE = 2 * BETA_R1 / MOUTH_DIAMETER;

  /**
   * The dilution factor S at distance {@code distance} [m] from the mouth of a person exhaling
   * {@code exhalationRate} [m³/h]. The constants are folded and √(Q·u0)^½·√(t* + t0) is taken as one root of a
   * product (two square roots and two divisions per call instead of three and six: within a few ulps).
   */
  public static double at(double distance, double exhalationRate) {
    double q = FLOW_PER_RATE * exhalationRate;
    double u0 = q * INVERSE_MOUTH_AREA;
    double t0 = T0_TIMES_FLOW / q;
    double xStar = BETA_X1 * Math.sqrt(Math.sqrt(q * u0) * (T_STAR + t0)) - X0;
    if (distance < xStar) {
      return JET_SLOPE * (distance + X0);
    }
    double sStar = JET_SLOPE * (xStar + X0);
    double growth = 1 + (BETA_R2 / BETA_R1) * (distance - xStar) / (xStar + X0);
    return sStar * growth * growth * growth;
  }
}
