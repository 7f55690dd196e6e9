package io.caimira.calculator.report;

import io.caimira.model.aerosol.MaskType;
import java.util.Objects;

/**
 * The few input choices the alternative scenarios vary: what the report needs to know about the input, and what
 * the builder changes to build a variant.
 *
 * @param masksWorn {@code mask_wearing_option == mask_on}
 * @param maskType {@code mask_type} (Type I, FFP2 or Cloth; kept even when masks are not worn)
 * @param hepa {@code hepa_option}
 * @param ventilation {@code ventilation_type}
 * @param shortRange {@code short_range_option == short_range_yes}
 */
public record ScenarioDescription(
    boolean masksWorn, MaskType maskType, boolean hepa, VentilationType ventilation, boolean shortRange) {

  public ScenarioDescription {
    Objects.requireNonNull(maskType, "maskType");
    Objects.requireNonNull(ventilation, "ventilation");
  }

  public ScenarioDescription withMasks(boolean worn, MaskType type) {
    return new ScenarioDescription(worn, type, hepa, ventilation, shortRange);
  }

  public ScenarioDescription withHepa(boolean on) {
    return new ScenarioDescription(masksWorn, maskType, on, ventilation, shortRange);
  }

  public ScenarioDescription withVentilation(VentilationType type) {
    return new ScenarioDescription(masksWorn, maskType, hepa, type, shortRange);
  }

  public ScenarioDescription withoutShortRange() {
    return new ScenarioDescription(masksWorn, maskType, hepa, ventilation, false);
  }
}
