package io.caimira.calculator.input;

/** How the value of an input key is read from the JSON body (api.md §3.2 with the decided deviations of §13). */
public enum FieldType {
  /** A JSON string (a JSON number is taken as its text). */
  STRING("string"),
  /** A non-negative whole number: a JSON integer, an integral JSON number, or a string of decimal digits. */
  INT("integer"),
  /** A finite number: a JSON number or a string holding one ("293.", "1e3"); "nan" and "inf" are rejected. */
  FLOAT("number"),
  /** "1"/"0", true/false or 1/0. */
  BOOL("boolean"),
  /** A time of day "HH:MM", 00:00 to 23:59. */
  TIME("time \"HH:MM\""),
  /** A JSON object, or a string holding one. */
  DICT("object (or JSON string)"),
  /** A JSON array, or a string holding one. */
  LIST("array (or JSON string)"),
  /** Like {@link #INT}, or absent/null/"" for none. */
  OPTIONAL_INT("integer or null"),
  /** A whole number (64 bits, sign allowed), or absent for none. */
  OPTIONAL_LONG("integer (64-bit) or absent"),
  /** Like {@link #FLOAT}, or absent/null/"" for none. */
  OPTIONAL_FLOAT("number or absent");

  private final String label;

  FieldType(String label) {
    this.label = label;
  }

  /** How the type is named in the documentation. */
  public String label() {
    return label;
  }
}
