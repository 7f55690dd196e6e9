package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The test profile has one worker, a queue of one and a 2 s time limit (application.properties). */
@QuarkusTest
class CapacityTest {

  @Test
  void whenWorkerAndQueueAreFullTheAnswerIs503WithRetryAfter() {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<CompletableFuture<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
          .body("{\"_sleep_ms\": 600}").when().post("/co2/report"), clients));
    }
    List<Response> answers = calls.stream().map(CompletableFuture::join).collect(Collectors.toList());
    clients.shutdown();

    List<Response> rejected = answers.stream().filter(r -> r.statusCode() == 503).collect(Collectors.toList());
    assertThat(answers).extracting(Response::statusCode).containsOnly(200, 503).contains(200);
    assertThat(rejected).isNotEmpty();
    assertThat(rejected.get(0).header("Retry-After")).isEqualTo("5");
    assertThat(rejected.get(0).jsonPath().getString("message")).startsWith("The server is busy");
  }

  @Test
  void aReportOverTheTimeLimitIs504AndFreesItsWorker() {
    long start = System.nanoTime();
    given().contentType(ContentType.JSON).body("{\"_sleep_ms\": 30000}")
        .when().post("/virus/report")
        .then().statusCode(504)
        .body("message", equalTo("The report was not ready within the time limit of 2 s and was abandoned"));
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);

    given().contentType(ContentType.JSON).body("{}")
        .when().post("/virus/report")
        .then().statusCode(200);
  }
}
