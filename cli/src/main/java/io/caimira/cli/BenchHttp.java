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

  /**
   * Submits the calculator form {@code fields} to {@code path} as a browser does (URL-encoded), expecting the 303 to
   * the report page: its address, resolved against the server's root.
   */
  URI submitForm(String path, java.util.Map<String, String> fields) throws IOException, InterruptedException {
    StringBuilder form = new StringBuilder();
    fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
        .append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
        .build();
    HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    String location = answer.headers().firstValue("Location").orElse(null);
    if (answer.statusCode() != 303 || location == null) {
      String text = new String(answer.body(), StandardCharsets.UTF_8);
      throw new StatusException(answer.statusCode(), "HTTP " + answer.statusCode() + " from " + path
          + " (expected 303 to the report page): " + text.substring(0, Math.min(200, text.length())));
    }
    return URI.create(base + "/").resolve(location);
  }

  /** Gets {@code page}; its body, or a {@link StatusException} for any status but 200. */
  byte[] get(URI page) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(120)).GET().build();
    HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new StatusException(answer.statusCode(), "HTTP " + answer.statusCode() + " from " + page.getPath());
    }
    return answer.body();
  }
}
