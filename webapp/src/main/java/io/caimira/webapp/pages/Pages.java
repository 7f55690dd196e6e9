package io.caimira.webapp.pages;

import io.caimira.webapp.i18n.Languages;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Renders a page template in the request's language, with the data every page's layout needs. */
public final class Pages {
  private Pages() {}

  /**
   * @param lang the {@code lang} query parameter (may be null)
   */
  public static TemplateInstance render(TemplateInstance page, String lang, HttpHeaders headers) {
    Locale locale = Languages.of(lang, headers);
    return page.setLocale(locale).data("lang", locale.getLanguage());
  }
}
