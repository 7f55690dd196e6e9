package io.caimira.model.distribution;

import java.util.Arrays;
import java.util.Optional;

/**
 * Filtration-efficiency distributions of the masks that have one in Monte-Carlo mode. η_inhale is uniform;
 * only the cloth mask also has a distributed η_exhale (the others use the diameter-dependent deterministic
 * curve). factor_exhale is 1 for all. Sources: Pan et al. (https://doi.org/10.1080/02786826.2021.1890687),
 * Booth et al. (https://doi.org/10.1016/j.jhin.2013.02.007), Monn et al.
 * (https://doi.org/10.4209/aaqr.2020.08.0531).
 */
public enum MaskEfficiency {
  TYPE_I("Type I", new Uniform(0.25, 0.80), null),
  FFP2("FFP2", new Uniform(0.83, 0.91), null),
  CLOTH("Cloth", new Uniform(0.05, 0.40), new Uniform(0.20, 0.50));

  /** The exhalation factor of every mask here. */
  public static final double FACTOR_EXHALE = 1.0;

  private final String label;
  private final Uniform inhale;
  private final Uniform exhale;

  MaskEfficiency(String label, Uniform inhale, Uniform exhale) {
    this.label = label;
    this.inhale = inhale;
    this.exhale = exhale;
  }

  public String label() {
    return label;
  }

  /** Distribution of η_inhale. */
  public Uniform inhale() {
    return inhale;
  }

  /** Distribution of η_exhale, if this mask has one. */
  public Optional<Uniform> exhale() {
    return Optional.ofNullable(exhale);
  }

  public static MaskEfficiency fromLabel(String label) {
    return Arrays.stream(values())
        .filter(m -> m.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown mask type: " + label));
  }
}
