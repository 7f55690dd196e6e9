package io.caimira.calculator.co2;

import io.caimira.model.distribution.LogNormal;
import io.caimira.model.population.PhysicalActivity;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a CO₂ fit describes people breathing in a ventilated room. A fit can match the sensor series with values
 * no room produces when an input is wrong (a room volume or an occupancy far from the real ones, or ventilation
 * transitions that miss a window being opened): the fitted exhalation rate of one person is compared with what
 * people breathe out, from sitting still to heavy exercise, and every fitted air-change rate with what rooms get.
 *
 * <p>The exhalation range runs from the 2.5th percentile of the seated breathing rate (0.41 m³/h) to the
 * 97.5th percentile of heavy exercise (4.9 m³/h), the log-normal distributions the model draws the breathing
 * rates from (Henriques et al. 2022). Air changes run from 0 to {@value #MAX_AIR_CHANGES} h⁻¹: a well-ventilated
 * office gets 3–6, a classroom with open windows up to about 10–15, an operating theatre about 20–25.
 *
 * @param findings what lies outside the ranges, empty for a plausible fit
 */
public record FitPlausibility(List<Finding> findings) {
  /** Largest plausible air-change rate [h⁻¹]. */
  public static final double MAX_AIR_CHANGES = 30;
  /** The standard normal's 97.5th percentile. */
  private static final double Z_975 = 1.959963984540054;
  /** Smallest plausible exhalation rate of one person [m³/h]: seated, 2.5th percentile. */
  public static final double MIN_EXHALATION = quantile(PhysicalActivity.SEATED.breathingRateDistribution(), -Z_975);
  /** Largest plausible exhalation rate of one person [m³/h]: heavy exercise, 97.5th percentile. */
  public static final double MAX_EXHALATION =
      quantile(PhysicalActivity.HEAVY_EXERCISE.breathingRateDistribution(), Z_975);

  /** What is out of range. */
  public enum Kind {
    /** The exhalation rate is below {@link #MIN_EXHALATION}. */
    EXHALATION_LOW,
    /** The exhalation rate is above {@link #MAX_EXHALATION}. */
    EXHALATION_HIGH,
    /** An interval's air changes are above {@link #MAX_AIR_CHANGES}. */
    AIR_CHANGES_HIGH
  }

  /**
   * One value out of range.
   *
   * @param interval the ventilation interval (0-based) for air changes, -1 for the exhalation rate
   * @param value the fitted value
   * @param low the lower end of the plausible range
   * @param high the upper end
   */
  public record Finding(Kind kind, int interval, double value, double low, double high) {}

  public FitPlausibility {
    findings = List.copyOf(findings);
  }

  /** The checks of a fit: its exhalation rate [m³/h] and its air changes per interval [h⁻¹]. */
  public static FitPlausibility of(double exhalationRate, List<Double> airChanges) {
    List<Finding> out = new ArrayList<>();
    if (exhalationRate < MIN_EXHALATION) {
      out.add(new Finding(Kind.EXHALATION_LOW, -1, exhalationRate, MIN_EXHALATION, MAX_EXHALATION));
    } else if (exhalationRate > MAX_EXHALATION) {
      out.add(new Finding(Kind.EXHALATION_HIGH, -1, exhalationRate, MIN_EXHALATION, MAX_EXHALATION));
    }
    for (int i = 0; i < airChanges.size(); i++) {
      double ach = airChanges.get(i);
      if (ach > MAX_AIR_CHANGES) {
        out.add(new Finding(Kind.AIR_CHANGES_HIGH, i, ach, 0, MAX_AIR_CHANGES));
      }
    }
    return new FitPlausibility(out);
  }

  /** The checks of a fit's answer. */
  public static FitPlausibility of(Co2FitResult fit) {
    return of(fit.exhalationRate(), fit.ventilationValues());
  }

  public boolean plausible() {
    return findings.isEmpty();
  }

  private static double quantile(LogNormal d, double z) {
    return Math.exp(d.meanGaussian() + z * d.standardDeviationGaussian());
  }
}
