package io.caimira.model.aerosol;

import io.caimira.model.distribution.Uniform;
import java.util.Arrays;
import java.util.Optional;

/**
 * The masks offered: fixed mean efficiencies for deterministic tests and expert tools, and the efficiency
 * distributions of the Monte-Carlo model. η_inhale is uniform for every mask; only the cloth mask has a
 * distributed η_exhale (the others use the diameter-dependent curve of {@link Mask}). Sources: Pan et al.
 * (doi:10.1080/02786826.2021.1890687), Booth et al. (doi:10.1016/j.jhin.2013.02.007), Monn et al.
 * (doi:10.4209/aaqr.2020.08.0531).
 */
public enum MaskType {
  NO_MASK("No mask", Mask.NONE, null, null),
  TYPE_I("Type I", Mask.of(0.5), new Uniform(0.25, 0.80), null),
  FFP2("FFP2", Mask.of(0.865), new Uniform(0.83, 0.91), null),
  CLOTH("Cloth", Mask.of(0.225, 0.35), new Uniform(0.05, 0.40), new Uniform(0.20, 0.50));

  /** The factor on the diameter-dependent outward curve, 1 for every mask. */
  public static final double FACTOR_EXHALE = 1.0;

  private final String label;
  private final Mask fixed;
  private final Uniform inhale;
  private final Uniform exhale;

  MaskType(String label, Mask fixed, Uniform inhale, Uniform exhale) {
    this.label = label;
    this.fixed = fixed;
    this.inhale = inhale;
    this.exhale = exhale;
  }

  public String label() {
    return label;
  }

  /** The mask with fixed mean efficiencies (η_in: Type I 0.5, FFP2 0.865, Cloth 0.225 with η_out 0.35). */
  public Mask fixed() {
    return fixed;
  }

  /** Distribution of η_inhale; absent for "No mask". */
  public Optional<Uniform> inhaleDistribution() {
    return Optional.ofNullable(inhale);
  }

  /** Distribution of η_exhale, for the masks that have one. */
  public Optional<Uniform> exhaleDistribution() {
    return Optional.ofNullable(exhale);
  }

  public static MaskType fromLabel(String label) {
    return Arrays.stream(values())
        .filter(m -> m.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown mask type: " + label));
  }
}
