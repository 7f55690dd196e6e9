package io.caimira.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body sent to a JSON route of the API without any Content-Type is refused with a 415, as one with another type:
 * JAX-RS would otherwise read it as JSON. The application sharing the server keeps its own rules.
 */
public class JsonContentType {
  private final PathPrefix prefix;
  private final io.vertx.ext.web.RoutingContext rc;

  JsonContentType(@ConfigProperty(name = "caimira.api.path-prefix") Optional<String> prefixConfig,
      io.vertx.ext.web.RoutingContext rc) {
    this.prefix = new PathPrefix(prefixConfig.orElse(""));
    this.rc = rc;
  }

  @ServerRequestFilter
  public Optional<Response> require(ContainerRequestContext request, ResourceInfo resource) {
    if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !RequestScope.isApi(rc, prefix)
        || !consumesJson(resource.getResourceMethod())) {
      return Optional.empty();
    }
    return Optional.of(HttpErrors.answer(415, request.getMethod(), request.getUriInfo().getPath(), null));
  }

  private static boolean consumesJson(Method method) {
    Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
    return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_JSON);
  }
}
