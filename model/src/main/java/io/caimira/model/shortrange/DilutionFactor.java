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

  /**
   * The dilution factor S at distance {@code distance} [m] from the mouth of a person exhaling
   * {@code exhalationRate} [m³/h].
   */
  public static double at(double distance, double exhalationRate) {
    double d = MOUTH_DIAMETER;
    double q = EXHALATION_COEFFICIENT * exhalationRate / 3600.0;
    double mouthArea = Math.PI * d * d / 4;
    double u0 = q / mouthArea;
    double tStar = BREATHING_CYCLE / 2;
    double x0 = d / 2 / BETA_R1;
    double t0 = Math.sqrt(Math.PI) * d * d * d / (8 * BETA_R1 * BETA_R1 * BETA_X1 * BETA_X1 * q);
    double xStar = BETA_X1 * Math.sqrt(Math.sqrt(q * u0)) * Math.sqrt(tStar + t0) - x0;
    if (distance < xStar) {
      return 2 * BETA_R1 * (distance + x0) / d;
    }
    double sStar = 2 * BETA_R1 * (xStar + x0) / d;
    double growth = 1 + BETA_R2 * (distance - xStar) / BETA_R1 / (xStar + x0);
    return sStar * growth * growth * growth;
  }
}
