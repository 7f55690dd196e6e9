package io.caimira.model.aerosol;

/** Fixed representative diameters of the expiration types, used by deterministic tests and expert tools. */
public enum ExpirationType {
  BREATHING("Breathing", 1.3844),
  SPEAKING("Speaking", 5.8925),
  SHOUTING("Shouting", 10.0411),
  SINGING("Singing", 10.0411);

  private final String label;
  private final double diameter;

  ExpirationType(String label, double diameter) {
    this.label = label;
    this.diameter = diameter;
  }

  public String label() {
    return label;
  }

  /** Representative diameter at emission [µm] (B/L/O factors (1,0,0), (1,1,1), (1,5,5), (1,5,5)). */
  public double diameter() {
    return diameter;
  }

  public Expiration fixed() {
    return Expiration.of(diameter);
  }
}
