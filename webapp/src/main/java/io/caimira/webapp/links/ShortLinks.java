package io.caimira.webapp.links;

import io.caimira.webapp.WebSettings;
import io.caimira.webapp.errors.PageProblem;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.i18n.SiteTexts;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import io.caimira.webapp.form.LinkCodec;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.Semaphore;

/**
 * Upstream's short links {@code {root}/_c/<data>}, where the data are the form's query string compressed with zlib
 * and Base64-encoded (the QR codes of upstream reports): a redirect (302) to the calculator form with that query
 * string, which the form uses to fill itself in. Present on every theme (upstream dropped it on non-CERN themes).
 */
@Path("/_c")
public class ShortLinks {
  /** Slash repairs computed at once: each takes at most a few tenths of a second of one core. */
  private static final Semaphore REPAIRS = new Semaphore(2);

  private final WebSettings web;
  private final int maxUriLength;

  ShortLinks(WebSettings web,
      @ConfigProperty(name = "caimira.http.max-uri-length", defaultValue = "4096") int maxUriLength) {
    this.web = web;
    this.maxUriLength = maxUriLength;
  }

  @GET
  @Path("/{data: .*}")
  public Response open(@PathParam("data") String data) {
    String query;
    try {
      query = LinkCodec.decode(data);
    } catch (IllegalArgumentException e) {
      query = repaired(data);
    }
    URI form = formWith(query);
    if (form.toString().length() > maxUriLength) {
      // the redirect would lead to a 414 (or carry a huge header): refused here, in plain words
      throw new PageProblem(400, locale -> SiteTexts.in(locale).short_link_too_long());
    }
    return Response.status(Response.Status.FOUND).location(form).build();
  }

  /**
   * The query string of a link that does not decode as it is, its merged slashes put back: a bounded search
   * ({@link MergedSlashes}), of which only {@link #REPAIRS} run at once (beyond, 503).
   */
  private static String repaired(String data) {
    if (!REPAIRS.tryAcquire()) {
      throw new PageProblem(503, locale -> SiteTexts.in(locale).short_link_busy());
    }
    try {
      return MergedSlashes.decode(data);
    } catch (IllegalArgumentException e) {
      throw new PageProblem(400, locale -> SiteTexts.in(locale).short_link_invalid());
    } finally {
      REPAIRS.release();
    }
  }

  /** The form's address with the query string as it was, or re-encoded when it is not a valid URI part. */
  private URI formWith(String query) {
    String form = web.calculatorUrl("");
    try {
      return URI.create(form + "?" + query);
    } catch (IllegalArgumentException e) {
      return URI.create(form + "?" + FormFields.ofQuery(query).toQuery());
    }
  }
}
