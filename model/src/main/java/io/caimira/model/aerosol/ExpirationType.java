package io.caimira.model.aerosol;

import java.util.Arrays;

/** The predefined expiratory activities and their BLO factors. */
public enum ExpirationType {
  BREATHING("Breathing", BloFactors.BREATHING),
  SPEAKING("Speaking", BloFactors.SPEAKING),
  SINGING("Singing", BloFactors.SINGING),
  SHOUTING("Shouting", BloFactors.SHOUTING);

  private final String label;
  private final BloFactors factors;

  ExpirationType(String label, BloFactors factors) {
    this.label = label;
    this.factors = factors;
  }

  /** The upstream name, e.g. "Speaking". */
  public String label() {
    return label;
  }

  public BloFactors factors() {
    return factors;
  }

  public static ExpirationType fromLabel(String label) {
    return Arrays.stream(values())
        .filter(t -> t.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown expiration type: " + label));
  }
}
