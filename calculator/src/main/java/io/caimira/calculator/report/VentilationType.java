package io.caimira.calculator.report;

/** The {@code ventilation_type} input, as far as the alternative scenarios care. */
public enum VentilationType {
  NATURAL("natural_ventilation"),
  MECHANICAL("mechanical_ventilation"),
  NONE("no_ventilation"),
  FROM_FITTING("from_fitting");

  private final String inputValue;

  VentilationType(String inputValue) {
    this.inputValue = inputValue;
  }

  /** The value of the {@code ventilation_type} input. */
  public String inputValue() {
    return inputValue;
  }

  public static VentilationType fromInput(String value) {
    for (VentilationType t : values()) {
      if (t.inputValue.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("Unknown ventilation type: " + value);
  }
}
