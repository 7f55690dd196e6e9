package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpLayerTest {

  @Test
  void unknownRouteIs404Json() {
    given().when().get("/no/such/route")
        .then().statusCode(404)
        .contentType(ContentType.JSON)
        .body("message", equalTo("Not found: /no/such/route"));
    given().contentType(ContentType.JSON).body("{}").when().post("/virus/reports")
        .then().statusCode(404)
        .contentType(ContentType.JSON);
  }

  @Test
  void wrongMethodIs405Json() {
    given().when().get("/virus/report")
        .then().statusCode(405)
        .contentType(ContentType.JSON)
        .body("message", equalTo("Method GET not allowed on /virus/report"));
  }

  @Test
  void preflightIs204WithUpstreamsHeaders() {
    for (String route : new String[] {"/virus/report", "/co2/transition_times", "/co2/report", "/"}) {
      given().when().options(route)
          .then().statusCode(204)
          .header("Access-Control-Allow-Methods", "POST, OPTIONS")
          .header("Access-Control-Allow-Headers", "Content-Type");
    }
  }

  @Test
  void landingPageWelcomes() {
    given().when().get("/")
        .then().statusCode(200)
        .contentType(ContentType.HTML)
        .body(containsString("Welcome to the CAiMIRA REST API"))
        .body(containsString("Code Version: "))
        .body(containsString("href=\"q/swagger-ui/\""));
  }

  @Test
  void aBodyOverTheLimitIs413() {
    String big = "{\"CO2_data\": \"" + "1".repeat(1024 * 1024 + 10) + "\"}";
    given().contentType(ContentType.JSON).body(big)
        .when().post("/co2/report")
        .then().statusCode(413)
        .body("message", matchesPattern("Request body too large: .* the limit is 1048576 bytes"));
  }

  @Test
  void aUriOverTheLimitIs414Json() {
    given().when().get("/virus/report?x=" + "a".repeat(5000))
        .then().statusCode(414)
        .contentType(ContentType.JSON)
        .body("message", matchesPattern("Request URI too long: 5016 characters, the limit is 4096"));
    // just under the limit: the route answers
    given().when().get("/virus/report?x=" + "a".repeat(4000)).then().statusCode(405);
  }

  @Test
  void aJsonRouteWithoutContentTypeIs415Json() {
    given().body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .when().post("/virus/report")
        .then().statusCode(415)
        .contentType(ContentType.JSON)
        .body("message", matchesPattern("Unsupported media type.*"));
    given().body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .when().post("/co2/report").then().statusCode(415);
  }

  @Test
  void aBodyUnderTheLimitIsAccepted() {
    String large = "{\"CO2_data\": \"" + "1".repeat(1000 * 1000) + "\"}";
    given().contentType(ContentType.JSON).body(large)
        .when().post("/co2/report")
        .then().statusCode(200)
        .body("results.route", equalTo("co2_report"));
  }

  @Test
  void responsesAreGzippedWhenAsked() {
    String body = "{\"payload\": \"" + "x".repeat(5000) + "\"}";
    given().contentType(ContentType.JSON).header("Accept-Encoding", "gzip").body(body)
        .when().post("/co2/report")
        .then().statusCode(200)
        .header("Content-Encoding", "gzip")
        .body("results.route", equalTo("co2_report"));
    given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
        .contentType(ContentType.JSON).body(body)
        .when().post("/co2/report")
        .then().statusCode(200)
        .header("Content-Encoding", nullValue());
  }
}
