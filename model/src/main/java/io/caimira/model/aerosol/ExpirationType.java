package io.caimira.model.aerosol;

import java.util.Arrays;

/**
 * The predefined expiratory activities: their BLO factors (for sampled diameters) and a fixed representative
 * diameter (for deterministic tests and expert tools).
 */
public enum ExpirationType {
  BREATHING("Breathing", BloFactors.BREATHING, 1.3844),
  SPEAKING("Speaking", BloFactors.SPEAKING, 5.8925),
  SINGING("Singing", BloFactors.SINGING, 10.0411),
  SHOUTING("Shouting", BloFactors.SHOUTING, 10.0411);

  private final String label;
  private final BloFactors factors;
  private final double diameter;

  ExpirationType(String label, BloFactors factors, double diameter) {
    this.label = label;
    this.factors = factors;
    this.diameter = diameter;
  }

  /** The upstream name, e.g. "Speaking". */
  public String label() {
    return label;
  }

  public BloFactors factors() {
    return factors;
  }

  /** Representative diameter at emission [µm]. */
  public double diameter() {
    return diameter;
  }

  /** An expiration of the representative diameter with cn = 1. */
  public Expiration fixed() {
    return Expiration.of(diameter);
  }

  public static ExpirationType fromLabel(String label) {
    return Arrays.stream(values())
        .filter(t -> t.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown expiration type: " + label));
  }
}
