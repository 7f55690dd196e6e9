package io.caimira.model.aerosol;

import java.util.Map;

/**
 * Multipliers (A_B, A_L, A_O) of the B, L and O modes of the BLO model, characteristic of an expiratory
 * activity.
 */
public record BloFactors(double b, double l, double o) {
  public static final BloFactors BREATHING = new BloFactors(1, 0, 0);
  public static final BloFactors SPEAKING = new BloFactors(1, 1, 1);
  public static final BloFactors SINGING = new BloFactors(1, 5, 5);
  public static final BloFactors SHOUTING = new BloFactors(1, 5, 5);

  public BloFactors {
    if (!(b >= 0 && l >= 0 && o >= 0)) {
      throw new IllegalArgumentException("BLO factors must be non-negative: " + b + ", " + l + ", " + o);
    }
  }

  /** The factor of mode 0 (B), 1 (L) or 2 (O). */
  public double get(int mode) {
    return switch (mode) {
      case 0 -> b;
      case 1 -> l;
      case 2 -> o;
      default -> throw new IndexOutOfBoundsException("BLO mode index " + mode);
    };
  }

  /**
   * The weight-normalised mean of the factors of a mix of expiration types, Σ factors·w/Σw, summed in the
   * map's iteration order (use an ordered map for bit-reproducible results). E.g. {Speaking: 1, Breathing: 2}
   * gives (1, 1/3, 1/3).
   */
  public static BloFactors blend(Map<ExpirationType, ? extends Number> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("an expiration mix needs at least one type");
    }
    double total = 0.0;
    for (Number w : weights.values()) {
      if (!(w.doubleValue() >= 0)) {
        throw new IllegalArgumentException("expiration weights must be non-negative: " + w);
      }
      total += w.doubleValue();
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("expiration weights must not all be zero");
    }
    double b = 0.0;
    double l = 0.0;
    double o = 0.0;
    for (Map.Entry<ExpirationType, ? extends Number> e : weights.entrySet()) {
      BloFactors f = e.getKey().factors();
      double w = e.getValue().doubleValue();
      b += f.b * w / total;
      l += f.l * w / total;
      o += f.o * w / total;
    }
    return new BloFactors(b, l, o);
  }
}
