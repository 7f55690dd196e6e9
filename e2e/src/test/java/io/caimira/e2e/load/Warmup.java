package io.caimira.e2e.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Brings freshly started services to speed before the measured run, as a deployed service is: a few reports of
 * each kind through the router, one request at a time (so that none waits in a queue). A failure here fails the
 * test with the request and its answer.
 */
final class Warmup {
  private static final int ROUNDS = 5;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  private Warmup(String baseUrl) {
    this.base = URI.create(baseUrl + "/");
  }

  static void run(String baseUrl) throws IOException, InterruptedException {
    Warmup warmup = new Warmup(baseUrl);
    String form = Visits.officeForm().entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue().toString()))
        .collect(Collectors.joining("&"));
    for (int round = 0; round < ROUNDS; round++) {
      HttpResponse<String> submitted = warmup.send(HttpRequest.newBuilder(warmup.base.resolve("calculator-open/report"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)), 303);
      URI report = warmup.base.resolve(submitted.headers().firstValue("Location").orElseThrow());
      warmup.send(HttpRequest.newBuilder(report).GET(), 200);
      warmup.postJson("api/virus/report", body("virus-report.json").replace("#{seed}", Integer.toString(round)));
      warmup.postJson("api/co2/transition_times", body("co2-transition-times.json"));
      warmup.postJson("api/co2/report", body("co2-report.json"));
    }
  }

  private void postJson(String path, String json) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), 200);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    HttpRequest built = request.timeout(TIMEOUT).build();
    HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      String body = response.body();
      throw new IllegalStateException("warm-up: " + built.method() + " " + built.uri() + " answered "
          + response.statusCode() + " instead of " + expected + ": " + body.substring(0, Math.min(500, body.length())));
    }
    return response;
  }

  private static String body(String name) {
    try (InputStream in = Warmup.class.getClassLoader().getResourceAsStream(Visits.BODIES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
