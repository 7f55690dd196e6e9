package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The local topology of {@code compose/docker-compose.yml} holds together without Docker: every service the router
 * proxies to exists and listens where the router expects it, the files it builds from or mounts exist, the
 * auth-service and the CERN calculator share the provider, client and cookie key, the open calculator has none of
 * them, and the client and secret are those of the imported realm, whose redirect URI is the router's.
 */
class ComposeFileTest {
  private static final Path COMPOSE = Path.of("compose", "docker-compose.yml");
  private static final Path REPOSITORY = Path.of("..");

  private static JsonNode services() throws IOException {
    return new YAMLMapper().readTree(COMPOSE.toFile()).get("services");
  }

  @Test
  void theRoutersUpstreamsAreServicesListeningOnTheirPorts() throws IOException {
    JsonNode services = services();
    Matcher upstream = Pattern.compile("server ([a-z-]+):(\\d+);").matcher(Files.readString(RouterConfig.CONFIG));
    List<String> found = new ArrayList<>();
    while (upstream.find()) {
      String name = upstream.group(1);
      found.add(name);
      assertThat(services.has(name)).as("compose service %s", name).isTrue();
      Path dockerfile = dockerfileOf(services, name);
      assertThat(Files.readString(dockerfile)).as(dockerfile.toString()).contains("EXPOSE " + upstream.group(2));
    }
    assertThat(found).contains("auth-service", "calculator-app", "calculator-open-app", "api-app");
    JsonNode router = services.get("caimira-router");
    assertThat(router.get("ports").get(0).asText()).isEqualTo("8080:8080");
    assertThat(router.get("volumes").get(0).asText()).startsWith("../nginx/nginx.conf:");
  }

  @Test
  void builtAndMountedFilesExist() throws IOException {
    JsonNode services = services();
    for (var it = services.fields(); it.hasNext(); ) {
      var service = it.next();
      JsonNode build = service.getValue().get("build");
      if (build != null) {
        assertThat(REPOSITORY.resolve(build.get("dockerfile").asText())).as(service.getKey()).isRegularFile();
      }
      for (JsonNode volume : service.getValue().path("volumes")) {
        String host = volume.asText().substring(0, volume.asText().indexOf(':'));
        assertThat(COMPOSE.getParent().resolve(host)).as(service.getKey() + " mounts " + host).exists();
      }
    }
  }

  @Test
  void theCernCalculatorSharesTheAuthServicesSessionAndTheOpenOneHasNone() throws IOException {
    JsonNode services = services();
    JsonNode auth = services.get("auth-service").get("environment");
    JsonNode cern = services.get("calculator-app").get("environment");
    JsonNode open = services.get("calculator-open-app").get("environment");
    assertThat(cern.get("CAIMIRA_SESSION_VERIFY").asText()).isEqualTo("true");
    for (String shared : new String[] {"OIDC_SERVER", "OIDC_REALM", "CLIENT_ID", "CLIENT_SECRET",
        "CAIMIRA_ROLE_CLAIM_PATH"}) {
      assertThat(cern.get(shared)).as(shared).isEqualTo(auth.get(shared));
    }
    assertThat(auth.get("COOKIE_SECRET").asText()).startsWith("${COOKIE_SECRET");
    assertThat(cern.get("COOKIE_SECRET").asText()).startsWith("${COOKIE_SECRET");
    for (String absent : new String[] {"CAIMIRA_SESSION_VERIFY", "OIDC_SERVER", "CLIENT_ID", "CLIENT_SECRET",
        "COOKIE_SECRET"}) {
      assertThat(open.has(absent)).as(absent).isFalse();
    }
  }

  @Test
  void theClientIsTheImportedRealmsWithTheRoutersRedirectUri() throws IOException {
    JsonNode services = services();
    JsonNode auth = services.get("auth-service").get("environment");
    JsonNode realm = new ObjectMapper().readTree(COMPOSE.getParent().resolve("../keycloak/caimira-realm.json").toFile());
    assertThat(realm.get("realm").asText()).isEqualTo(auth.get("OIDC_REALM").asText());
    JsonNode client = null;
    for (JsonNode c : realm.get("clients")) {
      if (c.get("clientId").asText().equals(auth.get("CLIENT_ID").asText())) {
        client = c;
      }
    }
    assertThat(client).as("client %s in the realm", auth.get("CLIENT_ID")).isNotNull();
    assertThat(client.get("secret").asText()).isEqualTo(auth.get("CLIENT_SECRET").asText());
    assertThat(client.get("redirectUris").toString()).contains("http://localhost:8080/auth/authorize");
    String keycloakPort = services.get("keycloak").get("ports").get(0).asText().split(":")[0];
    assertThat(auth.get("OIDC_SERVER").asText()).isEqualTo("http://keycloak:" + keycloakPort);
  }

  /** The local Keycloak is the version the end-to-end tests run. */
  @Test
  void keycloakIsTheVersionOfTheEndToEndTests() throws IOException {
    Matcher version = Pattern.compile("<keycloak\\.version>([^<]+)</keycloak\\.version>")
        .matcher(Files.readString(REPOSITORY.resolve("e2e/pom.xml")));
    assertThat(version.find()).isTrue();
    assertThat(services().get("keycloak").get("image").asText()).isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
  }

  private static Path dockerfileOf(JsonNode services, String name) {
    JsonNode service = services.get(name);
    if (service.has("build")) {
      return REPOSITORY.resolve(service.get("build").get("dockerfile").asText());
    }
    // a service that reuses another one's image: the Dockerfile of the service that builds it
    String image = service.get("image").asText();
    for (var it = services.fields(); it.hasNext(); ) {
      var other = it.next();
      if (other.getValue().has("build") && image.equals(other.getValue().path("image").asText())) {
        return REPOSITORY.resolve(other.getValue().get("build").get("dockerfile").asText());
      }
    }
    throw new AssertionError("no Dockerfile builds the image of " + name);
  }
}
