package io.caimira.api;

import io.caimira.api.contract.FieldReferencePage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /: upstream's small welcome page, and GET /fields: the input reference. Links are relative, so they work
 * behind a prefix too.
 */
@Path("/")
public class LandingResource {
  private static final String FIELDS = FieldReferencePage.render();
  private final String page;

  LandingResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
    this.page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>CAiMIRA REST API</title></head>\n"
        + "<body>\n<h1>Welcome to the CAiMIRA REST API</h1>\n"
        + "<p>Code Version: " + version + " (CAiMIRA-J, following CAiMIRA 4.19)</p>\n"
        + "<ul>\n"
        + "<li><a href=\"q/swagger-ui/\">API documentation (Swagger UI)</a>, "
        + "<a href=\"q/openapi\">OpenAPI document</a>, <a href=\"fields\">input fields</a></li>\n"
        + "<li>Routes: POST virus/report, POST co2/transition_times, POST co2/report</li>\n"
        + "<li><a href=\"https://caimira.docs.cern.ch/\">CAiMIRA documentation</a></li>\n"
        + "</ul>\n</body>\n</html>\n";
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public String landing() {
    return page;
  }

  /** The input reference (every key of every route), made from the field definitions. */
  @GET
  @Path("fields")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public String fields() {
    return FIELDS;
  }

  @OPTIONS
  @Operation(hidden = true)
  public Response preflight() {
    return Preflight.answer();
  }
}
