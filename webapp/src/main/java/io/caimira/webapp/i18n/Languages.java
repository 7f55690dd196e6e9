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

  /** The locale of a request seen at the Vert.x level (error pages, pages rendered outside JAX-RS). */
  public static Locale of(io.vertx.ext.web.RoutingContext rc) {
    if (rc == null) {
      return Locale.ENGLISH;
    }
    Locale chosen = supported(rc.request().getParam(QUERY));
    if (chosen == null && rc.request().getCookie(COOKIE) != null) {
      chosen = supported(rc.request().getCookie(COOKIE).getValue());
    }
    if (chosen == null) {
      String accept = rc.request().getHeader("Accept-Language");
      if (accept != null && !accept.isBlank()) {
        for (String range : accept.split(",")) {
          chosen = supported(range.split(";")[0]);
          if (chosen != null) {
            break;
          }
        }
      }
    }
    return chosen == null ? Locale.ENGLISH : chosen;
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
