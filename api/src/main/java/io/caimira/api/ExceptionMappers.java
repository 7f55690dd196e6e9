package io.caimira.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.caimira.calculator.InputError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error raised before or around a resource method becomes a JSON answer (api.md §13 decision 4). */
public class ExceptionMappers {

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
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
    return ApiErrors.badInput(e);
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e, UriInfo uri, Request request) {
    int status = e.getResponse().getStatus();
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
    if (e.getCause() instanceof JsonProcessingException) {
      return malformedJson((JsonProcessingException) e.getCause());
    }
    return ApiErrors.internal(e);
  }
}
