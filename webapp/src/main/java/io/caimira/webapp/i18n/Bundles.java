package io.caimira.webapp.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** A message bundle in a locale's language, for texts built in Java. */
public final class Bundles {
  private Bundles() {}

  /** The bundle's translation for a supported language other than English; else the default (English) bundle. */
  public static <T> T of(Class<T> bundle, Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    boolean translated = !language.equals(Locale.ENGLISH.getLanguage())
        && Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language));
    return translated ? MessageBundles.get(bundle, Localized.Literal.of(language)) : MessageBundles.get(bundle);
  }

  /**
   * The message of a key known only at run time (an option's label key, e.g. "activity_office"), or
   * {@code fallback} when the bundle has no such message.
   */
  public static <T> String text(Class<T> bundle, Locale locale, String key, String fallback) {
    try {
      Object value = bundle.getMethod(key).invoke(of(bundle, locale));
      return value instanceof String s ? s : fallback;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return fallback;
    }
  }
}
