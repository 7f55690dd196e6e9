package io.caimira.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's first command as a user runs it: {@code ./caimira serve} (the project is built by then) prints where
 * the calculator, the API, its documentation and the health check are, each of those answers, and a plain local run
 * logs no warning.
 */
class LauncherServeE2eTest {

  @Test
  void serveAnnouncesItsAddressesWhichAllAnswerWithoutAWarning() throws Exception {
    Path root = Path.of(System.getProperty("caimira.root", "..")).toAbsolutePath().normalize();
    int port = Topology.freePort();
    Path logs = Files.createDirectories(root.resolve("e2e/target/launcher-run"));
    String base = "http://127.0.0.1:" + port;
    List<String> urls = List.of(base + "/calculator", base + "/api/", base + "/api/q/swagger-ui/",
        base + "/api/q/openapi", base + "/api/fields", base + "/q/health");
    try (Service serve = Service.start("caimira-serve",
        List.of("bash", root.resolve("caimira").toString(), "serve", "--port", String.valueOf(port)),
        Map.of("CAIMIRA_JAVA_OPTS", "-Xmx512m"), logs)) {
      serve.awaitReady(base + "/q/health", Duration.ofMinutes(5));
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      for (String url : urls) {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
      }
      String log = Files.readString(logs.resolve("caimira-serve.log"));
      assertThat(log).contains("calculator   " + base + "/calculator", "REST API     " + base + "/api/",
          "API docs     " + base + "/api/q/swagger-ui/   (OpenAPI document: " + base + "/api/q/openapi)",
          "API inputs   " + base + "/api/fields", "health       " + base + "/q/health", "Listening on: " + base);
      assertThat(log.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR "))).as("warnings").isEmpty();
    }
  }
}
