package io.caimira.calculator.input;

import java.util.List;

/**
 * The ventilation inputs.
 *
 * @param fitting the fitted ventilation, for {@link Type#FROM_FITTING} (else null)
 */
public record VentilationInput(
    Type type,
    WindowType windowType,
    boolean periodicOpening,
    double windowHeight,
    double windowWidth,
    double openingDistance,
    int windowsNumber,
    double windowsFrequency,
    double windowsDuration,
    MechanicalType mechanicalType,
    double airChanges,
    double airSupply,
    boolean hepa,
    double hepaAmount,
    Fitting fitting) {

  /** {@code ventilation_type}. */
  public enum Type {
    NATURAL("natural_ventilation"),
    MECHANICAL("mechanical_ventilation"),
    NONE("no_ventilation"),
    FROM_FITTING("from_fitting");

    private final String key;

    Type(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    static Type fromKey(String key) {
      return java.util.Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst().orElseThrow();
    }
  }

  /** {@code window_type} (not-applicable maps to null). */
  public enum WindowType {
    SLIDING, HINGED
  }

  /** {@code mechanical_ventilation_type} (not-applicable maps to null). */
  public enum MechanicalType {
    AIR_CHANGES, AIR_SUPPLY
  }

  /**
   * {@code CO2_fitting_result}: air changes {@code ventilationValues[i]} [h⁻¹] between {@code transitionTimes[i]}
   * and {@code transitionTimes[i+1]} [h].
   */
  public record Fitting(List<Double> transitionTimes, List<Double> ventilationValues) {
    public Fitting {
      transitionTimes = List.copyOf(transitionTimes);
      ventilationValues = List.copyOf(ventilationValues);
    }
  }
}
