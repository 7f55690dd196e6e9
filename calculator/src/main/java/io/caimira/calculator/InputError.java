package io.caimira.calculator;

/**
 * Bad input: what is wrong, in plain words, and the input key it concerns (null when no single key is to blame).
 * The HTTP adapters answer it with 400 and {@code {"message": …, "field": …}}.
 */
public final class InputError extends RuntimeException {
  private final String field;

  public InputError(String field, String message) {
    super(message);
    this.field = field;
  }

  public InputError(String field, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
  }

  /** The input key concerned, or null. */
  public String field() {
    return field;
  }
}
