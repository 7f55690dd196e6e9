package io.caimira.model.numeric;

/**
 * 1 − e^(−x) for the dose–response of every sample: for small x (at most {@value #SERIES_LIMIT}, most samples of a
 * typical report) from its Taylor series in Horner form, elsewhere from {@link Math#expm1}. The series is truncated
 * after x¹⁰/10!, whose successor is below 3e-20 of the sum on that range, so the result is within two units in the
 * last place of {@code -Math.expm1(-x)} (tested); it costs a few multiplications where {@code expm1} costs tens of
 * nanoseconds.
 */
public final class OneMinusExp {
  /** The largest x taken from the series. */
  public static final double SERIES_LIMIT = 0.0625;

  private static final double C2 = 1.0 / 2;
  private static final double C3 = 1.0 / 6;
  private static final double C4 = 1.0 / 24;
  private static final double C5 = 1.0 / 120;
  private static final double C6 = 1.0 / 720;
  private static final double C7 = 1.0 / 5040;
  private static final double C8 = 1.0 / 40320;
  private static final double C9 = 1.0 / 362880;
  private static final double C10 = 1.0 / 3628800;

  private OneMinusExp() {}

  /** 1 − e^(−x). */
  public static double of(double x) {
    if (x >= 0 && x <= SERIES_LIMIT) {
      return x * (1 - x * (C2 - x * (C3 - x * (C4 - x * (C5 - x * (C6 - x * (C7 - x * (C8 - x * (C9
          - x * C10)))))))));
    }
    return -Math.expm1(-x);
  }
}
