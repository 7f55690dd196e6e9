package io.caimira.model.population;

import io.caimira.model.distribution.LogNormal;
import java.util.Arrays;

/**
 * The physical-activity levels with their breathing rates [m³/h]: a fixed mean rate for deterministic tests, and
 * for the Monte-Carlo model a log-normal distribution (parameters of the underlying Gaussian) from which the
 * inhalation and the exhalation rates are two independent draws. Source: Henriques et al. 2022
 * (doi:10.1098/rsfs.2021.0076), Table 3 and references therein.
 */
public enum PhysicalActivity {
  SEATED("Seated", 0.51, -0.6872121723362303, 0.10498338229297108),
  STANDING("Standing", 0.57, -0.5742377578494785, 0.09373162411398223),
  LIGHT_ACTIVITY("Light activity", 1.25, 0.21380242785625422, 0.09435378091059601),
  MODERATE_ACTIVITY("Moderate activity", 1.78, 0.551771330362601, 0.1894616357138137),
  HEAVY_EXERCISE("Heavy exercise", 3.30, 1.1644665696723049, 0.21744554768657565);

  private final String label;
  private final double meanRate;
  private final LogNormal distribution;

  PhysicalActivity(String label, double meanRate, double meanGaussian, double sdGaussian) {
    this.label = label;
    this.meanRate = meanRate;
    this.distribution = new LogNormal(meanGaussian, sdGaussian);
  }

  /** The upstream name, e.g. "Light activity". */
  public String label() {
    return label;
  }

  /** Log-normal distribution of the breathing rates (Monte-Carlo model). */
  public LogNormal breathingRateDistribution() {
    return distribution;
  }

  /** The activity with fixed mean breathing rates (inhalation = exhalation). */
  public Activity fixed() {
    return Activity.of(meanRate, meanRate);
  }

  /**
   * The activity with the log-normal's exact mean for both rates: the expected value of the sample mean of the
   * Monte-Carlo rates, for a model that is linear in them and needs only their mean (the CO₂ emitters).
   */
  public Activity expected() {
    double mean = distribution.mean();
    return Activity.of(mean, mean);
  }

  public static PhysicalActivity fromLabel(String label) {
    return Arrays.stream(values())
        .filter(a -> a.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown physical activity: " + label));
  }
}
