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
  /** x0 = D / (2βr1). */
  private static final double X0 = MOUTH_DIAMETER / 2 / BETA_R1;
  /** t0·Q = √π·D³ / (8·βr1²·βx1²). */
  private static final double T0_TIMES_FLOW = Math.sqrt(Math.PI) * MOUTH_DIAMETER * MOUTH_DIAMETER * MOUTH_DIAMETER
      / (8 * BETA_R1 * BETA_R1 * BETA_X1 * BETA_X1);
  /** t* = half a breathing cycle. */
  private static final double T_STAR = BREATHING_CYCLE / 2;
  /** 2βr1 / D. */
  private static final double JET_SLOPE = 2 * BETA_R1 / MOUTH_DIAMETER;
  /** βx1 / Am^¼, Am = πD²/4 the mouth area. */
  private static final double REACH_PER_ROOT = BETA_X1 / Math.sqrt(Math.sqrt(Math.PI * MOUTH_DIAMETER
      * MOUTH_DIAMETER / 4));
  /** βr2 / βr1. */
  private static final double PUFF_GROWTH = BETA_R2 / BETA_R1;

  /**
   * The dilution factor S at distance {@code distance} [m] from the mouth of a person exhaling
   * {@code exhalationRate} [m³/h].
   *
   * <p>Folded: with u0 = Q/Am, √(Q·u0) = Q/√Am, so x* + x0 = βx1·(Q·u0)^¼·(t* + t0)^½ = βx1/Am^¼ · √(Q·t* + t0·Q) =: R,
   * one square root and no division (t0·Q is a constant); and the puff stage's S*·(1 + βr2(x − x*)/(βr1·R))³ is
   * 2βr1/D · (R + βr2/βr1·(x − x*))³ / R², one division. Within a few ulps of the term-by-term form (tested).
   */
  public static double at(double distance, double exhalationRate) {
    double reach = reach(exhalationRate);
    if (distance + X0 < reach) {
      return JET_SLOPE * (distance + X0);
    }
    double grown = reach + PUFF_GROWTH * (distance - (reach - X0));
    return JET_SLOPE * (grown * grown * grown) / (reach * reach);
  }

  /** 1 / {@link #at}: the fraction of the mouth's concentration that reaches {@code distance}; one division. */
  public static double inverseAt(double distance, double exhalationRate) {
    double reach = reach(exhalationRate);
    if (distance + X0 < reach) {
      return 1 / (JET_SLOPE * (distance + X0));
    }
    double grown = reach + PUFF_GROWTH * (distance - (reach - X0));
    return (reach * reach) / (JET_SLOPE * (grown * grown * grown));
  }

  /** R = x* + x0, where the jet stage ends, measured from the virtual origin of the jet [m]. */
  private static double reach(double exhalationRate) {
    double q = FLOW_PER_RATE * exhalationRate;
    return REACH_PER_ROOT * Math.sqrt(q * T_STAR + T0_TIMES_FLOW);
  }
}
