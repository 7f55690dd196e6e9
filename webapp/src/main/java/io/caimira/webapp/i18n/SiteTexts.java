package io.caimira.webapp.i18n;

import java.util.Locale;

/** The {@link Messages} bundle in a given language, for texts built in Java (error messages). */
public final class SiteTexts {
  private SiteTexts() {}

  public static Messages in(Locale locale) {
    return Bundles.of(Messages.class, locale);
  }
}
