package io.caimira.api;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;

/**
 * Error answers for requests that are not API requests, when the API shares its server with an application that
 * owns the other paths (the web calculator renders HTML error pages). The API's own requests (below its path
 * prefix) always get JSON errors. Optional: without an implementation every error is JSON, as for the
 * standalone API.
 */
public interface PageErrors {

  /** The answer to an error raised by a JAX-RS resource of the application. */
  Response answer(int status, Throwable error, RoutingContext rc);

  /** Ends {@code rc} with the error page for a status that Vert.x produced itself (404, 405, 413). */
  void end(RoutingContext rc, int status);
}
