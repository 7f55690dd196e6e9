package io.caimira.webapp.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The landing page at the application root. */
@Path(io.caimira.webapp.PathRouting.LANDING)
public class LandingPage {
  private final Template landing;

  LandingPage(@Location("landing.html") Template landing) {
    this.landing = landing;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance get(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    return Pages.render(landing.instance(), lang, headers);
  }
}
