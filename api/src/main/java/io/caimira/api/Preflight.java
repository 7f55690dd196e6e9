package io.caimira.api;

import jakarta.ws.rs.core.Response;

/** Upstream's OPTIONS answer on every route: 204 with the allowed methods and headers. */
final class Preflight {
  private Preflight() {}

  static Response answer() {
    return Response.noContent()
        .header("Access-Control-Allow-Methods", "POST, OPTIONS")
        .header("Access-Control-Allow-Headers", "Content-Type")
        .build();
  }
}
