package io.caimira.model.aerosol;

/** Diameter ranges [µm] over which expired particles are counted. */
public enum ParticleSizeRange {
  /** Long-range (room-scale) transmission: 0.1–20 µm. */
  LONG_RANGE(0.1, 20.0),
  /** Short-range (face-to-face) transmission: 0.1–100 µm. */
  SHORT_RANGE(0.1, 100.0);

  private final double minimum;
  private final double maximum;

  ParticleSizeRange(double minimum, double maximum) {
    this.minimum = minimum;
    this.maximum = maximum;
  }

  public double minimum() {
    return minimum;
  }

  public double maximum() {
    return maximum;
  }
}
