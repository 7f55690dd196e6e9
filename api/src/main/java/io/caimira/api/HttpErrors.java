package io.caimira.api;

import jakarta.ws.rs.core.Response;

/** The wording of the HTTP-level errors, shared by the JAX-RS mappers and the Vert.x handlers. */
final class HttpErrors {
  private HttpErrors() {}

  static String message(int status, String method, String path, String fallback) {
    switch (status) {
      case 404:
        return "Not found: " + path;
      case 405:
        return "Method " + method + " not allowed on " + path;
      case 413:
        return "Request body too large";
      case 415:
        return "Unsupported media type: the request body must be JSON (Content-Type: application/json)";
      default:
        return fallback == null || fallback.isBlank() ? "HTTP " + status : fallback;
    }
  }

  static Response answer(int status, String method, String path, String fallback) {
    return ApiErrors.status(status, message(status, method, path, fallback));
  }
}
