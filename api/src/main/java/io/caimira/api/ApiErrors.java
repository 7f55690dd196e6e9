package io.caimira.api;

import io.caimira.calculator.InputError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Builds the JSON error answers; the only place that decides an error's status and wording. */
public final class ApiErrors {
  private static final Logger LOG = Logger.getLogger(ApiErrors.class);

  private ApiErrors() {}

  public static Response badInput(InputError e) {
    return json(400, new InputErrorBody(e.getMessage(), e.field()));
  }

  public static Response badInput(String field, String message) {
    return json(400, new InputErrorBody(message, field));
  }

  public static Response status(int status, String message) {
    return json(status, new ErrorBody(message));
  }

  /** 500 with a fresh error id, logged with the stack trace. Should never happen. */
  public static Response internal(Throwable e) {
    String id = UUID.randomUUID().toString();
    LOG.errorf(e, "Internal error %s", id);
    return json(500, new ErrorBody("Internal error", id));
  }

  static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
