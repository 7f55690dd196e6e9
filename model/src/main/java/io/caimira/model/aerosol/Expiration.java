package io.caimira.model.aerosol;

import io.caimira.model.sample.Samples;
import io.caimira.model.work.ParallelBlocks;
import java.util.Objects;

/**
 * What an infected person breathes out: particles of diameter d [µm] (one value or one per sample) with number
 * concentration cn [cm⁻³].
 *
 * @param name the expiration type when it is a single one (e.g. "Speaking"), else null
 */
public record Expiration(Samples diameter, double cn, String name) {

  public Expiration {
    Objects.requireNonNull(diameter, "diameter");
  }

  public static Expiration of(double diameter) {
    return new Expiration(Samples.constant(diameter), 1.0, null);
  }

  /**
   * Volume of respiratory fluid exhaled per volume of exhaled air [mL/cm³], after the mask's outward filtering:
   * cn · (π d³ / 6) · (1 − η_exhale(d)) · 1e-12.
   */
  public Samples aerosols(Mask mask) {
    // formed once for the diameters and mask a report and its alternative scenarios share
    Object outward =
        mask.exhaleEfficiency() == null ? new CurveKey(mask.exhaleFactor()) : mask.exhaleEfficiency().key();
    return diameter.derived(new AerosolKey(cn, outward), () -> formAerosols(mask));
  }

  /** {@link Samples#derived} key of the aerosol volumes of a diameter array. */
  private record AerosolKey(double cn, Object outwardEfficiency) {}

  /** The outward efficiency of a mask with the measured curve, times its factor, as part of a key. */
  private record CurveKey(double factor) {}

  private Samples formAerosols(Mask mask) {
    if (mask.exhaleEfficiency() == null && !diameter.isConstant()) {
      return aerosolsThroughCurve(mask.exhaleFactor());
    }
    Samples efficiency = mask.exhaleEfficiency(diameter);
    int n = Samples.broadcastSize(diameter, efficiency);
    double[] out = new double[n];
    Samples.Reader diameters = diameter.reader();
    Samples.Reader eta = efficiency.reader();
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        double d = diameters.get(i);
        out[i] = cn * (Math.PI * d * d * d / 6.0) * (1 - eta.get(i)) * 1e-12;
      }
    });
    return Samples.adopt(out);
  }

  /**
   * {@link #aerosols(Mask)} for a mask with the measured outward curve ({@link Mask#exhaleCurve}) times {@code factor}:
   * the curve formed inside the same pass, without an array of efficiencies (the same numbers).
   */
  private Samples aerosolsThroughCurve(double factor) {
    int n = diameter.size();
    double[] out = new double[n];
    Samples.Reader diameters = diameter.reader();
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        double d = diameters.get(i);
        double eta = Mask.exhaleCurve(d) * factor;
        out[i] = cn * (Math.PI * d * d * d / 6.0) * (1 - eta) * 1e-12;
      }
    });
    return Samples.adopt(out);
  }
}
