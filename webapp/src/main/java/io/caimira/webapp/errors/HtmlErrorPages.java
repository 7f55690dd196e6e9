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
import org.jboss.logging.Logger;

/**
 * The HTML error pages of the web calculator: 404 says the page does not exist; any other status gives an error
 * reference (a random id, logged with the cause) and the UTC time, so that a user's report can be matched with
 * the log. The API's own errors stay JSON.
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
        .entity(render(status, cause, rc)).build();
  }

  @Override
  public void end(RoutingContext rc, int status) {
    if (rc.response().ended()) {
      return;
    }
    rc.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=UTF-8")
        .end(render(status, rc.failure(), rc));
  }

  private String render(int status, Throwable cause, RoutingContext rc) {
    String id = UUID.randomUUID().toString();
    String time = ZonedDateTime.now(ZoneOffset.UTC).format(TIME);
    if (status >= 500) {
      LOG.errorf(cause, "Error %s (%d) on %s", id, status, rc == null ? "?" : rc.normalizedPath());
    } else if (status != 404) {
      LOG.debugf("Error %s (%d): %s", id, status, cause == null ? "" : cause.getMessage());
    }
    Locale locale = locale(rc);
    return error.instance().setLocale(locale).data("lang", locale.getLanguage()).data("status", status)
        .data("id", id).data("time", time).render();
  }

  private static Locale locale(RoutingContext rc) {
    if (rc == null) {
      return Locale.ENGLISH;
    }
    Locale chosen = Languages.supported(rc.request().getParam(Languages.QUERY));
    if (chosen == null && rc.request().getCookie(Languages.COOKIE) != null) {
      chosen = Languages.supported(rc.request().getCookie(Languages.COOKIE).getValue());
    }
    if (chosen == null) {
      String accept = rc.request().getHeader("Accept-Language");
      if (accept != null && !accept.isBlank()) {
        chosen = Languages.supported(accept.split("[,;]")[0]);
      }
    }
    return chosen == null ? Locale.ENGLISH : chosen;
  }
}
