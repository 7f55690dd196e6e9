package io.caimira.model.population;

import io.caimira.model.distribution.BreathingRate;

/** The physical-activity levels and their fixed mean breathing rates [m³/h] (used by deterministic tests). */
public enum PhysicalActivity {
  SEATED("Seated", 0.51),
  STANDING("Standing", 0.57),
  LIGHT_ACTIVITY("Light activity", 1.25),
  MODERATE_ACTIVITY("Moderate activity", 1.78),
  HEAVY_EXERCISE("Heavy exercise", 3.30);

  private final String label;
  private final double breathingRate;

  PhysicalActivity(String label, double breathingRate) {
    this.label = label;
    this.breathingRate = breathingRate;
  }

  public String label() {
    return label;
  }

  /** The log-normal distribution of the breathing rates of this activity (Monte-Carlo model). */
  public BreathingRate breathingRate() {
    return BreathingRate.valueOf(name());
  }

  public Activity fixed() {
    return Activity.of(breathingRate, breathingRate);
  }

  public static PhysicalActivity fromLabel(String label) {
    for (PhysicalActivity a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    throw new IllegalArgumentException("Unknown physical activity: " + label);
  }
}
