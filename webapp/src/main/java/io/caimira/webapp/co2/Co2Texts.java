package io.caimira.webapp.co2;

import io.caimira.webapp.i18n.Bundles;
import java.util.Locale;

/** The CO₂ messages in a request's language. */
final class Co2Texts {
  private Co2Texts() {}

  static Co2Messages of(Locale locale) {
    return Bundles.of(Co2Messages.class, locale);
  }
}
