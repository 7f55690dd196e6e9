package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.distribution.Uniform;

/**
 * A mask: its type when it is one of the fixed predefined masks, its inward efficiency, and its outward
 * efficiency when fixed or sampled (null: the diameter-dependent curve of surgical masks, times
 * {@code exhale_curve_factor}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "inhale_efficiency", "exhale_efficiency", "exhale_curve_factor"})
public record MaskSummary(
    @JsonProperty("type") String type,
    @JsonProperty("inhale_efficiency") SampleStats inhaleEfficiency,
    @JsonProperty("exhale_efficiency") SampleStats exhaleEfficiency,
    @JsonProperty("exhale_curve_factor") Double exhaleCurveFactor) {

  public static MaskSummary of(Mask m) {
    SampleStats inhale = SampleStats.of(m.inhaleEfficiency());
    SampleStats exhale = SampleStats.of(m.exhaleEfficiency());
    return new MaskSummary(typeOf(m, inhale, exhale), inhale, exhale,
        m.exhaleEfficiency() == null ? m.exhaleFactor() : null);
  }

  /**
   * The predefined type of a mask: equal to its fixed version, or sampled within the supports of its
   * distributions (the supports of the sampled types tell them apart); null otherwise.
   */
  static String typeOf(Mask m, SampleStats inhale, SampleStats exhale) {
    for (MaskType t : MaskType.values()) {
      if (t.fixed().equals(m)) {
        return t.label();
      }
    }
    if (m.inhaleEfficiency().isConstant()) {
      return null;
    }
    for (MaskType t : MaskType.values()) {
      if (t.inhaleDistribution().isPresent()
          && within(inhale, t.inhaleDistribution().get())
          && t.exhaleDistribution().isPresent() == (exhale != null)
          && (exhale == null || within(exhale, t.exhaleDistribution().get()))
          && m.exhaleFactor() == MaskType.FACTOR_EXHALE) {
        return t.label();
      }
    }
    return null;
  }

  private static boolean within(SampleStats s, Uniform u) {
    return s.min() >= u.low() && s.max() <= u.high();
  }
}
