package io.caimira.api;

import io.vertx.ext.web.RoutingContext;

/** Whether a request is one of the API's (below its path prefix) or one of the application sharing the server. */
final class RequestScope {
  /** Set on the routing context when the prefix filter re-routed an API request. */
  static final String REROUTED = "caimira.rerouted";

  private RequestScope() {}

  /** Without a prefix every request is an API request; with one, only those re-routed from below it. */
  static boolean isApi(RoutingContext rc, PathPrefix prefix) {
    return prefix.isEmpty() || (rc != null && rc.get(REROUTED) != null);
  }
}
