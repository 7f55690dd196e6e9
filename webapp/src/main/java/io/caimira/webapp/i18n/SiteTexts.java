package io.caimira.webapp.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The {@link Messages} bundle in a given language, for texts built in Java (error messages). */
public final class SiteTexts {
  private SiteTexts() {}

  public static Messages in(Locale locale) {
    return locale == null || locale.getLanguage().equals("en")
        ? MessageBundles.get(Messages.class)
        : MessageBundles.get(Messages.class, Localized.Literal.of(locale.getLanguage()));
  }
}
