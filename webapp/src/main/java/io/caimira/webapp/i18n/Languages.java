package io.caimira.webapp.i18n;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page language: English or French. Chosen by the {@value #QUERY} query parameter (the language switch,
 * which also sets the {@value #COOKIE} cookie), else that cookie, else the browser's Accept-Language, else English.
 */
public final class Languages {
  public static final String QUERY = "lang";
  public static final String COOKIE = "caimira_lang";
  public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

  private Languages() {}

  /** The supported locale for a language tag, or null. */
  public static Locale supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String language = Locale.forLanguageTag(tag.trim()).getLanguage();
    for (Locale l : SUPPORTED) {
      if (l.getLanguage().equals(language)) {
        return l;
      }
    }
    return null;
  }

  /** The locale of a request. */
  public static Locale of(String query, HttpHeaders headers) {
    Locale fromQuery = supported(query);
    if (fromQuery != null) {
      return fromQuery;
    }
    Map<String, Cookie> cookies = headers.getCookies();
    Cookie cookie = cookies.get(COOKIE);
    Locale fromCookie = cookie == null ? null : supported(cookie.getValue());
    if (fromCookie != null) {
      return fromCookie;
    }
    for (Locale accepted : headers.getAcceptableLanguages()) {
      Locale l = supported(accepted.toLanguageTag());
      if (l != null) {
        return l;
      }
    }
    return Locale.ENGLISH;
  }
}
