package io.caimira.calculator;

import java.util.Locale;

/**
 * Bad input: what is wrong, in plain words, and the input key it concerns (null when no single key is to blame).
 * The HTTP adapters answer it with 400 and {@code {"message": …, "field": …}}, in English ({@link #getMessage()});
 * pages show {@link #message(Locale)}, in the reader's language.
 */
public final class InputError extends RuntimeException {
  private final String field;
  private final Message message;

  /** An error whose text is a calculator message, translatable. */
  public InputError(String field, Message message) {
    this(field, message, null);
  }

  /** An error whose text is a calculator message, translatable, caused by another exception. */
  public InputError(String field, Message message, Throwable cause) {
    super(message.english(), cause);
    this.field = field;
    this.message = message;
  }

  /** An error whose text is given as is: already in the reader's language, or for English-only callers. */
  public InputError(String field, String text) {
    super(text);
    this.field = field;
    this.message = null;
  }

  /** The input key concerned, or null. */
  public String field() {
    return field;
  }

  /** The text in a locale's language (the given text as is when the error was made from a plain text). */
  public String message(Locale locale) {
    return message == null ? getMessage() : message.text(locale);
  }
}
