package io.caimira.webapp.errors;

import jakarta.ws.rs.WebApplicationException;
import java.util.Locale;
import java.util.function.Function;

/**
 * A request the application refuses with a message for the user (e.g. a broken short link, too many scenarios),
 * shown on the HTML error page in the page's language.
 */
public final class PageProblem extends WebApplicationException {
  private final transient Function<Locale, String> text;

  /**
   * @param status the HTTP status (4xx)
   * @param text the message in a given language
   */
  public PageProblem(int status, Function<Locale, String> text) {
    super(text.apply(Locale.ENGLISH), status);
    this.text = text;
  }

  /** The message in the given language. */
  public String text(Locale locale) {
    return text.apply(locale);
  }
}
