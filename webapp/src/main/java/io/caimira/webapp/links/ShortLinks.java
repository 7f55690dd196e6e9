package io.caimira.webapp.links;

import io.caimira.webapp.WebSettings;
import io.caimira.webapp.errors.PageProblem;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.i18n.SiteTexts;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Upstream's short links {@code {root}/_c/<data>}, where the data are the form's query string compressed with zlib
 * and Base64-encoded (the QR codes of upstream reports): a redirect (302) to the calculator form with that query
 * string, which the form uses to fill itself in. Present on every theme (upstream dropped it on non-CERN themes).
 */
@Path("/_c")
public class ShortLinks {
  private final WebSettings web;

  ShortLinks(WebSettings web) {
    this.web = web;
  }

  @GET
  @Path("/{data: .*}")
  public Response open(@PathParam("data") String data) {
    String query;
    try {
      query = MergedSlashes.decode(data);
    } catch (IllegalArgumentException e) {
      throw new PageProblem(400, locale -> SiteTexts.in(locale).short_link_invalid());
    }
    return Response.status(Response.Status.FOUND).location(formWith(query)).build();
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
