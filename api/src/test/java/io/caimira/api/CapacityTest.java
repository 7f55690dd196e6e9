package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The test profile has one worker, a queue of one and a 3 s time limit (application.properties). */
@QuarkusTest
class CapacityTest {

  @Test
  void whenWorkerAndQueueAreFullTheAnswerIs503WithRetryAfter() throws Exception {
    // the worker and the queue hold two requests that wait at a gate, whatever the machine's speed
    // (sent with the JDK's HTTP client: RestAssured is not meant to be used from several threads at once)
    System.setProperty(EchoCalculator.GATE, EchoCalculator.GATE_CLOSED);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest blocked = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/co2/report"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"_block\": true}"))
        .build();
    List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      slow.add(client.sendAsync(blocked, HttpResponse.BodyHandlers.ofString()));
    }
    Response rejected;
    try {
      awaitPool(slow, "caimira_reports_running 1.0", "caimira_reports_queued 1.0");
      rejected = given().contentType(ContentType.JSON).body("{}").when().post("/co2/report");
    } finally {
      System.clearProperty(EchoCalculator.GATE);
    }

    assertThat(rejected.statusCode()).isEqualTo(503);
    assertThat(rejected.header("Retry-After")).isEqualTo("5");
    assertThat(rejected.jsonPath().getString("message")).startsWith("The server is busy");
    // the two admitted requests are answered (504 only if this machine took over the 3 s limit to get here)
    assertThat(slow).allSatisfy(call -> assertThat(call.join().statusCode()).isIn(200, 504));
  }

  /** Waits until the pool gauges show a busy worker and a full queue. */
  private static void awaitPool(List<CompletableFuture<HttpResponse<String>>> calls, String... lines)
      throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    String metrics = "";
    while (System.nanoTime() < deadline) {
      metrics = given().when().get("/q/metrics").asString();
      if (java.util.Arrays.stream(lines).allMatch(metrics::contains)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the report pool never filled up: " + java.util.Arrays.stream(metrics.split("\n"))
        .filter(l -> l.startsWith("caimira_reports_running") || l.startsWith("caimira_reports_queued"))
        .collect(java.util.stream.Collectors.joining("; ")) + "; held requests: " + calls.stream()
        .map(c -> c.isDone() ? c.handle((r, e) -> e != null ? e.toString() : r.statusCode() + " " + r.body()).join()
            : "pending")
        .collect(java.util.stream.Collectors.joining(", ")));
  }

  @Test
  void aReportOverTheTimeLimitIs504AndFreesItsWorker() {
    long start = System.nanoTime();
    given().contentType(ContentType.JSON).body("{\"_sleep_ms\": 30000}")
        .when().post("/virus/report")
        .then().statusCode(504)
        .body("message", equalTo("The report was not ready within the time limit of 3 s and was abandoned"));
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);

    given().contentType(ContentType.JSON).body("{}")
        .when().post("/virus/report")
        .then().statusCode(200);
  }
}
