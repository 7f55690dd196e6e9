package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.caimira.model.aerosol.MaskType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code alternative_scenarios} output: {"stats": {name: statistics}} in selection order, and the rules that
 * select the scenarios from the input choices.
 */
public record AlternativeScenarios(@JsonProperty("stats") Map<String, AlternativeScenarioStats> stats) {
  public static final String CURRENT = "Current scenario";
  public static final String HEPA_WITH_TYPE_I = "Base scenario with HEPA filter and Type I masks";
  public static final String NO_HEPA_WITH_FFP2 = "Base scenario without HEPA filter, with FFP2 masks";
  public static final String MECHANICAL_WITHOUT_MASKS = "Mechanical ventilation without masks";
  public static final String WINDOWS_WITHOUT_MASKS = "Windows open without masks";
  public static final String NO_VENTILATION_TYPE_I = "No ventilation with Type I masks";
  public static final String NEITHER = "Neither ventilation nor masks";
  public static final String WITHOUT_SHORT_RANGE = "Base scenario without short-range interactions";

  public AlternativeScenarios {
    stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
  }

  /**
   * The variants to build for an input, in report order (upstream's {@code manufacture_alternative_scenarios},
   * with the mask-type test of "No ventilation with Type I masks" made on the original mask type):
   *
   * <ul>
   *   <li>with short range: only "Base scenario without short-range interactions" (interactions and their
   *       occupants removed);
   *   <li>FFP2 worn and HEPA on: "Base scenario with HEPA filter and Type I masks";
   *   <li>HEPA on and FFP2 not worn: "Base scenario without HEPA filter, with FFP2 masks" (masks on);
   * </ul>
   * then, with Type I masks and no HEPA: mechanical (resp. natural) ventilation with masks worn: "Mechanical
   * ventilation without masks" (resp. "Windows open without masks"); unless Type I masks are worn without
   * ventilation: "No ventilation with Type I masks"; unless masks are off without ventilation: "Neither
   * ventilation nor masks". The "Current scenario" (no short range only) is the report itself and is not built.
   */
  public static List<AlternativeScenario> select(ScenarioDescription input) {
    List<AlternativeScenario> out = new ArrayList<>();
    if (input.shortRange()) {
      out.add(new AlternativeScenario(WITHOUT_SHORT_RANGE, input.withoutShortRange(), true));
      return out;
    }
    boolean ffp2Worn = input.masksWorn() && input.maskType() == MaskType.FFP2;
    if (ffp2Worn && input.hepa()) {
      out.add(variant(HEPA_WITH_TYPE_I, input.withMasks(true, MaskType.TYPE_I)));
    }
    if (!ffp2Worn && input.hepa()) {
      out.add(variant(NO_HEPA_WITH_FFP2, input.withMasks(true, MaskType.FFP2).withHepa(false)));
    }
    ScenarioDescription typeI = input.withMasks(input.masksWorn(), MaskType.TYPE_I).withHepa(false);
    ScenarioDescription withMask = typeI.withMasks(true, MaskType.TYPE_I);
    ScenarioDescription withoutMask = typeI.withMasks(false, MaskType.TYPE_I);
    if (input.ventilation() == VentilationType.MECHANICAL && input.masksWorn()) {
      out.add(variant(MECHANICAL_WITHOUT_MASKS, withoutMask));
    } else if (input.ventilation() == VentilationType.NATURAL && input.masksWorn()) {
      out.add(variant(WINDOWS_WITHOUT_MASKS, withoutMask));
    }
    boolean noVentilation = input.ventilation() == VentilationType.NONE;
    if (!(input.masksWorn() && input.maskType() == MaskType.TYPE_I && noVentilation)) {
      out.add(variant(NO_VENTILATION_TYPE_I, withMask.withVentilation(VentilationType.NONE)));
    }
    if (!(!input.masksWorn() && noVentilation)) {
      out.add(variant(NEITHER, withoutMask.withVentilation(VentilationType.NONE)));
    }
    return out;
  }

  private static AlternativeScenario variant(String name, ScenarioDescription inputs) {
    return new AlternativeScenario(name, inputs, false);
  }
}
