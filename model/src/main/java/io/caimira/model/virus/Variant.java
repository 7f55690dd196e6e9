package io.caimira.model.virus;

/** The SARS-CoV-2 variants offered, with their transmissibility factors relative to the wild type. */
public enum Variant {
  SARS_CoV_2(1.0),
  SARS_CoV_2_ALPHA(0.78),
  SARS_CoV_2_BETA(0.8),
  SARS_CoV_2_GAMMA(0.72),
  SARS_CoV_2_DELTA(0.51),
  SARS_CoV_2_OMICRON(0.2);

  private final double transmissibilityFactor;

  Variant(double transmissibilityFactor) {
    this.transmissibilityFactor = transmissibilityFactor;
  }

  public double transmissibilityFactor() {
    return transmissibilityFactor;
  }

  /** The fixed-parameter virus used by deterministic tests: viral load 1e9, ID50 50, viable ratio 0.5. */
  public Virus fixedVirus() {
    return Virus.fixed(1e9, 50.0, 0.5, transmissibilityFactor);
  }
}
