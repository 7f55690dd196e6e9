package io.caimira.webapp.pages;

import io.caimira.webapp.PathRouting;
import io.caimira.webapp.WebSettings;
import io.caimira.webapp.form.LinkCodec;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code {calculator}/baseline-model/result}: the report of upstream's baseline form (used by upstream's tests and
 * load tests), as a redirect to its bookmarkable report page.
 */
@Path(PathRouting.CALCULATOR + "/baseline-model/result")
public class BaselinePage {
  private final WebSettings web;

  BaselinePage(WebSettings web) {
    this.web = web;
  }

  @GET
  public Response report() {
    String c = LinkCodec.encode(BaselineForm.fields().toQuery());
    return Response.status(Response.Status.FOUND)
        .location(URI.create(web.calculatorUrl("/report") + "?" + CalculatorPage.INPUTS + "=" + c)).build();
  }
}
