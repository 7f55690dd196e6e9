package io.caimira.model.aerosol;

import io.caimira.model.sample.Samples;

/**
 * A face mask.
 *
 * @param inhaleEfficiency share of inhaled particles stopped, leaks included [0..1]
 * @param exhaleEfficiency share of exhaled particles stopped when fixed; null to use the diameter-dependent
 *     curve measured for surgical masks (Asadi et al. 2020, see CERN-OPEN-2021-004)
 * @param exhaleFactor factor applied to the diameter-dependent curve (not to a fixed exhale efficiency)
 */
public record Mask(Samples inhaleEfficiency, Samples exhaleEfficiency, double exhaleFactor) {

  public static final Mask NONE = new Mask(Samples.constant(0), Samples.constant(0), 1.0);

  public static Mask of(double inhale) {
    return new Mask(Samples.constant(inhale), null, 1.0);
  }

  public static Mask of(double inhale, double exhale) {
    return new Mask(Samples.constant(inhale), Samples.constant(exhale), 1.0);
  }

  /** Outward efficiency for particles of diameter d [µm] at emission. */
  public Samples exhaleEfficiency(Samples diameter) {
    if (exhaleEfficiency != null) {
      return exhaleEfficiency;
    }
    return diameter.map(d -> exhaleCurve(d) * exhaleFactor);
  }

  /** The measured outward efficiency curve of a surgical mask vs diameter [µm]. */
  public static double exhaleCurve(double d) {
    if (d < 0.5) {
      return 0.0;
    }
    if (d < 0.94614) {
      return 0.5893 * d + 0.1546;
    }
    if (d < 3.0) {
      return 0.0509 * d + 0.664;
    }
    return 0.8167;
  }
}
