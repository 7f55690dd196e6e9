package io.caimira.model.distribution;

import java.util.Arrays;

/**
 * Breathing-rate distributions [m³/h] per physical activity: log-normal with the given parameters of the
 * underlying Gaussian. Inhalation and exhalation rates are two independent draws from the same distribution.
 * Source: Henriques et al. 2022 (https://doi.org/10.1098/rsfs.2021.0076), Table 3 and references therein.
 */
public enum BreathingRate {
  SEATED("Seated", -0.6872121723362303, 0.10498338229297108),
  STANDING("Standing", -0.5742377578494785, 0.09373162411398223),
  LIGHT_ACTIVITY("Light activity", 0.21380242785625422, 0.09435378091059601),
  MODERATE_ACTIVITY("Moderate activity", 0.551771330362601, 0.1894616357138137),
  HEAVY_EXERCISE("Heavy exercise", 1.1644665696723049, 0.21744554768657565);

  private final String label;
  private final LogNormal distribution;

  BreathingRate(String label, double meanGaussian, double sdGaussian) {
    this.label = label;
    this.distribution = new LogNormal(meanGaussian, sdGaussian);
  }

  /** The upstream name, e.g. "Light activity". */
  public String label() {
    return label;
  }

  public LogNormal distribution() {
    return distribution;
  }

  public static BreathingRate fromLabel(String label) {
    return Arrays.stream(values())
        .filter(b -> b.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown physical activity: " + label));
  }
}
