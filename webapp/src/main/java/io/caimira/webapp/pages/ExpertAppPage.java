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

/** {@code {root}/expert-app}: upstream's expert apps are deactivated; this page says so and where to go instead. */
@Path("/expert-app")
public class ExpertAppPage {
  private final Template page;

  ExpertAppPage(@Location("site/expert-app.html") Template page) {
    this.page = page;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance get(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    return Pages.render(page.instance(), lang, headers);
  }
}
