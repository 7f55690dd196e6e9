package io.caimira.webapp.pages;

import io.caimira.calculator.InputError;
import java.util.Locale;

/**
 * The rejected input the calculator form shows again: the field (null when no single field is to blame) and the
 * message in the page's language.
 */
public record FormError(String field, String message) {
  public static FormError of(InputError e, Locale locale) {
    return new FormError(e.field(), e.message(locale));
  }
}
