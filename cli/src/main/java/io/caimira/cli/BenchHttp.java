package io.caimira.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The bench's requests to a running server ({@code bench --url}): each scenario posted to the API route that
 * computes it, timed from the request to the last byte of the answer (HTTP/1.1, kept-alive connections).
 */
final class BenchHttp {
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  /** @param base the server's root, e.g. http://localhost:8080 (a trailing slash is dropped) */
  BenchHttp(URI base) {
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  /** An answer other than 200, with its status and the start of its body. */
  static final class StatusException extends IOException {
    final int status;

    StatusException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Posts {@code json} to {@code path}; the answer's body, or a {@link StatusException} for any status but 200. */
  byte[] post(String path, byte[] json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      String text = new String(answer.body(), StandardCharsets.UTF_8);
      throw new StatusException(answer.statusCode(), "HTTP " + answer.statusCode() + " from " + path + ": "
          + text.substring(0, Math.min(200, text.length())));
    }
    return answer.body();
  }
}
