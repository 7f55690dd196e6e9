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
 *
 * <p>A request that fails at once on a kept-alive connection the server had closed after its previous answer is sent
 * again, once, on a new connection, as browsers do. Vert.x answers a request line or headers beyond its own limits
 * with a bare {@code HTTP/1.0 414} (or 431) and closes the connection; an HTTP/1.0 answer is not persistent, but
 * the JDK's client keeps the connection in its pool and fails the next request on it without sending anything. Such
 * retries are counted, with the answer before them, in the summary: a dead server still fails the second attempt.
 */
final class Client {
  private static final double STALE_SECONDS = 1.0;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final Tally tally;
  private String previous = "(none)";

  Client(String base, Tally tally) {
    this.base = base;
    this.tally = tally;
  }

  String base() {
    return base;
  }

  Answer send(Attack attack, Duration timeout) {
    Answer answer = sendOnce(attack, timeout);
    if (answer.status() < 0 && answer.seconds() < STALE_SECONDS && staleConnection(answer.failure())) {
      tally.staleConnection(previous);
      answer = sendOnce(attack, timeout);
    }
    previous = (answer.status() < 0 ? "no answer" : "status " + answer.status()) + " to " + attack.kind()
        .replaceAll(" \\[[^\\]]*\\]$", "");
    return answer;
  }

  private static boolean staleConnection(String failure) {
    return failure != null && (failure.contains("received no bytes") || failure.contains("Connection reset")
        || failure.contains("connection closed"));
  }

  private Answer sendOnce(Attack attack, Duration timeout) {
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
