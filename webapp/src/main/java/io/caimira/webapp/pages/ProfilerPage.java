package io.caimira.webapp.pages;

import io.caimira.webapp.WebSettings;
import io.caimira.webapp.errors.PageProblem;
import io.caimira.webapp.i18n.SiteTexts;
import io.caimira.webapp.security.AdminAccess;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.file.Path;

/**
 * {@code {root}/profiler}, present when {@code CAIMIRA_PROFILER_ENABLED} is a non-zero integer (else 404), for
 * administrators only (else 403, see {@link AdminAccess}): start and stop a Java Flight Recorder session of the
 * whole server, list the stored recordings and download them ({@code /profiler/<id>}, 404 for an unknown id).
 */
@jakarta.ws.rs.Path("/profiler")
public class ProfilerPage {
  private final Template page;
  private final Recordings recordings;
  private final WebSettings web;
  private final AdminAccess admins;

  ProfilerPage(@Location("site/profiler.html") Template page, Recordings recordings, WebSettings web,
      AdminAccess admins) {
    this.page = page;
    this.recordings = recordings;
    this.web = web;
    this.admins = admins;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance get(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    guard(headers);
    return Pages.render(page.instance().data("active", recordings.activeId()).data("stored", recordings.list()),
        lang, headers);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(@FormParam("action") String action, @FormParam("name") String name,
      @Context HttpHeaders headers) {
    guard(headers);
    switch (action == null ? "" : action) {
      case "start" -> recordings.start(name);
      case "stop" -> recordings.stop();
      case "clear" -> recordings.clear();
      default -> throw new PageProblem(400, locale -> SiteTexts.in(locale).profiler_unknown_action());
    }
    return Response.seeOther(URI.create(web.url("/profiler"))).build();
  }

  @GET
  @jakarta.ws.rs.Path("/{id}")
  @Produces("application/octet-stream")
  public Response download(@PathParam("id") String id, @Context HttpHeaders headers) {
    guard(headers);
    Path file = recordings.file(id).orElseThrow(NotFoundException::new);
    return Response.ok(file.toFile()).header("Content-Disposition", "attachment; filename=\"" + id + ".jfr\"")
        .build();
  }

  private void guard(HttpHeaders headers) {
    if (!web.profilerEnabled()) {
      throw new NotFoundException();
    }
    if (!admins.allows(headers)) {
      throw new PageProblem(403, locale -> SiteTexts.in(locale).profiler_admins_only());
    }
  }
}
