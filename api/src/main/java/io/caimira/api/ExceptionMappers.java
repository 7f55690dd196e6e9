package io.caimira.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.caimira.calculator.InputError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error raised before or around a resource method of the API becomes a JSON answer (api.md §13 decision 4).
 * Errors of an application sharing the server (outside the API's path prefix) go to its {@link PageErrors}.
 */
public class ExceptionMappers {
  private final PathPrefix prefix;
  private final jakarta.enterprise.inject.Instance<PageErrors> pages;
  private final io.vertx.ext.web.RoutingContext rc;

  ExceptionMappers(@org.eclipse.microprofile.config.inject.ConfigProperty(name = "caimira.api.path-prefix")
      java.util.Optional<String> prefixConfig, jakarta.enterprise.inject.Instance<PageErrors> pages,
      io.vertx.ext.web.RoutingContext rc) {
    this.prefix = new PathPrefix(prefixConfig.orElse(""));
    this.pages = pages;
    this.rc = rc;
  }

  /** The page answer when the request is not the API's and the application renders its own errors; else null. */
  private Response page(int status, Throwable e) {
    if (RequestScope.isApi(rc, prefix) || !pages.isResolvable()) {
      return null;
    }
    return pages.get().answer(status, e, rc);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    Response page = page(400, e);
    if (page != null) {
      return page;
    }
    return ApiErrors.badInput(null, "Malformed JSON: " + e.getOriginalMessage()
        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
            + ", column " + e.getLocation().getColumnNr() + ")"));
  }

  /**
   * Quarkus maps this subtype itself (to an empty 400), so it needs its own mapper: e.g. content after the JSON
   * object, rejected by FAIL_ON_TRAILING_TOKENS.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    return malformedJson(e);
  }

  @ServerExceptionMapper
  public Response inputError(InputError e) {
    Response page = page(400, e);
    return page != null ? page : ApiErrors.badInput(e);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri, Request request) {
    int status = e.getResponse().getStatus();
    Response page = page(status, e);
    if (page != null) {
      return page;
    }
    if (status == 400 && e.getCause() instanceof JsonProcessingException) {
      return malformedJson((JsonProcessingException) e.getCause());
    }
    if (status >= 500) {
      return ApiErrors.internal(e);
    }
    return HttpErrors.answer(status, request.getMethod(), uri.getPath(), e.getMessage());
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    Response page = page(500, e);
    if (page != null) {
      return page;
    }
    if (e.getCause() instanceof JsonProcessingException) {
      return malformedJson((JsonProcessingException) e.getCause());
    }
    return ApiErrors.internal(e);
  }
}
