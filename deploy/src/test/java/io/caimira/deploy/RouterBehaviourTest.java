package io.caimira.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real nginx with the router configuration in front of one stand-in upstream that answers every service's requests
 * with what it received (its path and headers, as a page long enough to be compressed). The auth-service's
 * probe says 200 to a request with the cookie {@code session=ok}, 403 to {@code session=norole}, else 401. Checks what the router itself does:
 * redirects, compression, forwarded headers, the /api/ prefix, the sign-in gate.
 */
class RouterBehaviourTest {
  @TempDir
  static Path dir;
  private static HttpServer upstream;
  private static Process nginx;
  private static int port;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    Path binary = RouterConfig.nginx();
    upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    upstream.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals("/auth/probe")) {
        String cookie = String.valueOf(exchange.getRequestHeaders().getFirst("Cookie"));
        exchange.sendResponseHeaders(cookie.contains("session=ok") ? 200 : cookie.contains("session=norole") ? 403
            : 401, -1);
        exchange.close();
        return;
      }
      if (path.equals("/auth/forbidden")) { // as the auth-service's page
        byte[] page = "<h1>Access denied</h1>".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(403, page.length);
        exchange.getResponseBody().write(page);
        exchange.close();
        return;
      }
      if (path.equals("/calculator-open/own-policy")) { // a service's own security headers
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      }
      StringBuilder page = new StringBuilder("<html><body><pre>\npath=" + path + "\n");
      new TreeMap<>(exchange.getRequestHeaders()).forEach((k, v) -> page.append(k.toLowerCase()).append('=')
          .append(String.join(",", v)).append('\n'));
      page.append("</pre>").append("<p>padding</p>".repeat(200)).append("</body></html>");
      byte[] body = page.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    upstream.start();
    String stand = "127.0.0.1:" + upstream.getAddress().getPort();
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path main = RouterConfig.write(dir, Map.of("auth-service:8080", stand, "calculator-app:8080", stand,
        "calculator-open-app:8080", stand, "api-app:8081", stand), port);
    nginx = new ProcessBuilder(binary.toString(), "-c", main.toString(), "-e", dir.resolve("error.log").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        get("/calculator-open/", Map.of());
        break;
      } catch (IOException e) {
        if (System.nanoTime() > deadline || !nginx.isAlive()) {
          throw new IllegalStateException("nginx did not start", e);
        }
        Thread.sleep(100);
      }
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor();
    }
    if (upstream != null) {
      upstream.stop(0);
    }
  }

  private static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    headers.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) throws IOException {
    boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
    byte[] body = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
        : response.body();
    return new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void calculatorPathsRedirectToTheCernCalculatorWithTheQuery() throws Exception {
    Map<String, String> redirects = Map.of("/calculator", "/calculator-cern",
        "/calculator?lang=fr", "/calculator-cern?lang=fr",
        "/calculator/", "/calculator-cern",
        "/calculator/report?lang=en&x=1", "/calculator-cern?lang=en&x=1",
        // as upstream's prefix location: any other path beginning with /calculator
        "/calculators", "/calculator-cern");
    for (var e : redirects.entrySet()) {
      HttpResponse<byte[]> r = get(e.getKey(), Map.of());
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(302);
      assertThat(r.headers().firstValue("Location")).as(e.getKey()).hasValue(e.getValue());
    }
    // the calculators' own prefixes are not redirected
    assertThat(get("/calculator-open/report", Map.of()).statusCode()).isEqualTo(200);
    assertThat(text(get("/calculator-cern/x", Map.of("Cookie", "session=ok")))).contains("path=/calculator-cern/x");
  }

  @Test
  void theCernCalculatorAsksForASignIn() throws Exception {
    HttpResponse<byte[]> anonymous = get("/calculator-cern/report?a=1", Map.of());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValue("/auth/login?next=/calculator-cern/report?a=1");
    HttpResponse<byte[]> withoutRole = get("/calculator-cern/report", Map.of("Cookie", "session=norole"));
    assertThat(withoutRole.statusCode()).isEqualTo(403);
    assertThat(text(withoutRole)).isEqualTo("<h1>Access denied</h1>");
  }

  @Test
  void textAnswersAreCompressed() throws Exception {
    HttpResponse<byte[]> compressed = get("/calculator-open/", Map.of("Accept-Encoding", "gzip"));
    assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(text(compressed)).contains("path=/calculator-open/");
    HttpResponse<byte[]> plain = get("/calculator-open/", Map.of());
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(compressed.body().length).isLessThan(plain.body().length / 3);
  }

  @Test
  void theUpstreamsSeeThePublicSchemeAndHostSetByTheRouter() throws Exception {
    // behind the TLS-terminating route: its X-Forwarded-Proto (the last one) is passed on; the host is the one
    // asked for, whatever X-Forwarded-Host or Forwarded a client sent
    String routed = text(get("/calculator-open/", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host",
        "evil.example", "Forwarded", "host=evil.example;proto=https", "X-Forwarded-Prefix", "/trap",
        "X-Forwarded-Port", "444", "X-Forwarded-Server", "evil.example", "X-Forwarded-Ssl", "on")));
    assertThat(routed).contains("x-forwarded-proto=https\n").contains("x-forwarded-host=127.0.0.1:" + port + "\n")
        .doesNotContain("evil.example", "/trap", "444", "forwarded=", "x-forwarded-ssl");
    // reached directly: the router's own scheme and the Host asked for
    String direct = text(get("/calculator-open/", Map.of()));
    assertThat(direct).contains("x-forwarded-proto=http\n").contains("x-forwarded-host=127.0.0.1:" + port + "\n")
        .contains("host=127.0.0.1:" + port + "\n");
    // a client's value before the route's: the route's (the last) counts; anything but http/https: the router's
    assertThat(text(get("/calculator-open/", Map.of("X-Forwarded-Proto", "http, https"))))
        .contains("x-forwarded-proto=https\n");
    assertThat(text(get("/calculator-open/", Map.of("X-Forwarded-Proto", "https, http"))))
        .contains("x-forwarded-proto=http\n");
    assertThat(text(get("/calculator-open/", Map.of("X-Forwarded-Proto", "https://evil.example"))))
        .contains("x-forwarded-proto=http\n");
    // the API gets the path without /api
    assertThat(text(get("/api/virus/report", Map.of()))).contains("path=/virus/report\n");
  }

  private static void assertSecurityHeaders(HttpResponse<byte[]> r, String policy, String referrer) {
    assertThat(r.headers().allValues("Content-Security-Policy")).as(r.uri().toString()).containsExactly(policy);
    assertThat(r.headers().allValues("X-Frame-Options")).as(r.uri().toString()).containsExactly("DENY");
    assertThat(r.headers().allValues("X-Content-Type-Options")).as(r.uri().toString()).containsExactly("nosniff");
    assertThat(r.headers().allValues("Referrer-Policy")).as(r.uri().toString()).containsExactly(referrer);
  }

  @Test
  void everyAnswerHasTheSecurityHeadersOnce() throws Exception {
    String policy = RouterConfig.defaultPolicy();
    assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self';");
    // the router's own redirect, a proxied page without its own headers, the sign-in redirect, the 403 page
    assertSecurityHeaders(get("/calculator", Map.of()), policy, "same-origin");
    assertSecurityHeaders(get("/calculator-open/", Map.of()), policy, "same-origin");
    assertSecurityHeaders(get("/calculator-cern/", Map.of()), policy, "same-origin");
    assertSecurityHeaders(get("/calculator-cern/", Map.of("Cookie", "session=norole")), policy, "same-origin");
    // a service's own values are kept, not doubled
    assertSecurityHeaders(get("/calculator-open/own-policy", Map.of()), "default-src 'none'", "no-referrer");
  }

  @Test
  void theRoutersOwnRefusalsOfTheApiAreJson() throws Exception {
    HttpRequest big = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/virus/report"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1])).build();
    HttpResponse<byte[]> tooLarge;
    try {
      tooLarge = HTTP.send(big, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) { // nginx may answer and close before the whole body is sent: then by hand
      tooLarge = null;
    }
    if (tooLarge != null) {
      assertThat(tooLarge.statusCode()).isEqualTo(413);
      assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(text(tooLarge)).startsWith("{\"message\":\"Request body too large");
      assertSecurityHeaders(tooLarge, RouterConfig.defaultPolicy(), "same-origin");
    }
    String raw = rawAnswer("POST /api/virus/report HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + "Content-Length: 20000000\r\n\r\n");
    assertThat(raw).startsWith("HTTP/1.1 413").contains("Content-Type: application/json")
        .endsWith("{\"message\":\"Request body too large: the limit is 10 MB\"}");
    HttpResponse<byte[]> tooLong = get("/api/virus/report?x=" + "a".repeat(20_000), Map.of());
    assertThat(tooLong.statusCode()).isEqualTo(414);
    assertThat(tooLong.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(text(tooLong)).isEqualTo("{\"message\":\"Request URI too long\"}");
    assertSecurityHeaders(tooLong, RouterConfig.defaultPolicy(), "same-origin");
  }

  /** Sends a request head as is and reads the answer until the router closes the connection. */
  private static String rawAnswer(String head) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
