package io.caimira.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** At start-up: when the API runs under a path prefix (./caimira serve), the document's server is that prefix. */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class OpenApiServers implements OASFilter {
  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    PathPrefix prefix = new PathPrefix(ConfigProvider.getConfig()
        .getOptionalValue("caimira.api.path-prefix", String.class).orElse(""));
    if (!prefix.isEmpty()) {
      openAPI.setServers(List.of(OASFactory.createServer()
          .url(prefix.value())
          .description("the API routes are under " + prefix.value() + " on this server")));
    }
  }
}
