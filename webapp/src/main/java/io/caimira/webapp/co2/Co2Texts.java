package io.caimira.webapp.co2;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The CO₂ messages in a request's language. */
final class Co2Texts {
  private Co2Texts() {}

  static Co2Messages of(Locale locale) {
    return Locale.FRENCH.getLanguage().equals(locale.getLanguage())
        ? MessageBundles.get(Co2Messages.class, Localized.Literal.of("fr"))
        : MessageBundles.get(Co2Messages.class);
  }
}
