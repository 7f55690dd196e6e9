package io.caimira.model.aerosol;

import io.caimira.model.distribution.MaskEfficiency;
import java.util.Arrays;
import java.util.Optional;

/**
 * The masks offered: fixed efficiencies for deterministic tests and, for the Monte-Carlo model, the efficiency
 * distributions of {@link MaskEfficiency}.
 */
public enum MaskType {
  NO_MASK("No mask", Mask.NONE, null),
  TYPE_I("Type I", Mask.of(0.5), MaskEfficiency.TYPE_I),
  FFP2("FFP2", Mask.of(0.865), MaskEfficiency.FFP2),
  CLOTH("Cloth", Mask.of(0.225, 0.35), MaskEfficiency.CLOTH);

  private final String label;
  private final Mask fixed;
  private final MaskEfficiency efficiency;

  MaskType(String label, Mask fixed, MaskEfficiency efficiency) {
    this.label = label;
    this.fixed = fixed;
    this.efficiency = efficiency;
  }

  public String label() {
    return label;
  }

  /** The mask with fixed mean efficiencies (η_in: Type I 0.5, FFP2 0.865, Cloth 0.225 with η_out 0.35). */
  public Mask fixed() {
    return fixed;
  }

  /** The efficiency distributions, absent for "No mask". */
  public Optional<MaskEfficiency> efficiency() {
    return Optional.ofNullable(efficiency);
  }

  public static MaskType fromLabel(String label) {
    return Arrays.stream(values())
        .filter(m -> m.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown mask type: " + label));
  }
}
