package io.caimira.webapp.errors;

import io.caimira.api.PageErrors;
import io.caimira.webapp.i18n.Languages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The HTML error pages of the web calculator: 404 says the page does not exist; any other status gives an error
 * reference (a random id, logged with the cause) and the UTC time, so that a user's report can be matched with
 * the log, and the reason when the application gave one ({@link PageProblem}, or the message of a 4xx raised
 * with one). The API's own errors stay JSON.
 */
@Singleton
public class HtmlErrorPages implements PageErrors {
  private static final Logger LOG = Logger.getLogger(HtmlErrorPages.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Template error;

  HtmlErrorPages(@Location("error.html") Template error) {
    this.error = error;
  }

  @Override
  public Response answer(int status, Throwable cause, RoutingContext rc) {
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(render(status, cause, reason(cause), rc)).build();
  }

  @Override
  public void end(RoutingContext rc, int status) {
    end(rc, status, null);
  }

  /** Ends {@code rc} with the error page of {@code status} and a reason in the page's language (may be null). */
  public void end(RoutingContext rc, int status, Function<Locale, String> reason) {
    if (rc.response().ended()) {
      return;
    }
    rc.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=UTF-8")
        .end(render(status, rc.failure(), reason, rc));
  }

  /**
   * The user-facing reason of an error: a PageProblem's text, in the page's language. The framework's own messages
   * ("Unable to find matching target resource method", …) are English and for developers: never shown.
   */
  private static Function<Locale, String> reason(Throwable cause) {
    if (cause instanceof PageProblem problem) {
      return problem::text;
    }
    return null;
  }

  private String render(int status, Throwable cause, Function<Locale, String> reason, RoutingContext rc) {
    String id = UUID.randomUUID().toString();
    String time = ZonedDateTime.now(ZoneOffset.UTC).format(TIME);
    if (status >= 500) {
      // with the query: a report link holds the inputs and the seed, so the failure can be reproduced
      LOG.errorf(cause, "Error %s (%d) on %s", id, status, rc == null ? "?" : rc.request().uri());
    } else if (status != 404) {
      LOG.debugf("Error %s (%d): %s", id, status, cause == null ? "" : cause.getMessage());
    }
    Locale locale = Languages.of(rc);
    return error.instance().setLocale(locale).data("lang", locale.getLanguage()).data("status", status)
        .data("reason", reason == null ? null : reason.apply(locale)).data("id", id).data("time", time).render();
  }
}
