package io.caimira.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests one at a time (no overload: a 503 is never expected here), with a timeout per request; reads at
 * most the first kilobytes of an answer's body.
 */
final class Client {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  Client(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  Answer send(Attack attack, Duration timeout) {
    long start = System.nanoTime();
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + attack.path())).timeout(timeout)
          .method(attack.method(), attack.body().length == 0 && attack.method().equals("GET")
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(attack.body()));
      attack.headers().forEach((k, v) -> b.header(k, v.equals(Attack.SAME_ORIGIN) ? base : v));
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      double seconds = (System.nanoTime() - start) / 1e9;
      byte[] body = r.body();
      String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
      return new Answer(r.statusCode(), seconds, r.headers().firstValue("Retry-After").orElse(null), text, null);
    } catch (IOException e) {
      return new Answer(-1, (System.nanoTime() - start) / 1e9, null, "", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, (System.nanoTime() - start) / 1e9, null, "", "interrupted");
    }
  }
}
