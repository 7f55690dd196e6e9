package io.caimira.model.distribution;

/** Virus properties other than the viral load, identical for all SARS-CoV-2 variants. */
public final class VirusDistributions {
  private VirusDistributions() {}

  /**
   * Infectious dose ID50 [infectious virions], U(10, 100) (from discussion with virologists; Henriques et al.
   * 2022).
   */
  public static final Uniform INFECTIOUS_DOSE = new Uniform(10.0, 100.0);

  /**
   * Ratio of viable virions to RNA copies, U(0.01, 0.6) (Lednicky et al., https://doi.org/10.1016/j.ijid.2020.09.025;
   * Henriques et al. 2022).
   */
  public static final Uniform VIABLE_TO_RNA_RATIO = new Uniform(0.01, 0.6);
}
