package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The test profile allows " https://MyClientApp.org , https://other.example" (application.properties). */
@QuarkusTest
class CorsTest {

  @Test
  void anAllowedOriginIsEchoedAsSent() {
    given().header("Origin", "https://myclientapp.ORG").contentType(ContentType.JSON).body("{}")
        .when().post("/virus/report")
        .then().statusCode(200)
        .header("Access-Control-Allow-Origin", "https://myclientapp.ORG");
  }

  @Test
  void anotherOriginGetsNoCorsHeaderButIsServed() {
    given().header("Origin", "https://evil.example").contentType(ContentType.JSON).body("{}")
        .when().post("/virus/report")
        .then().statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void preflightFromAnAllowedOrigin() {
    given().header("Origin", "https://other.example")
        .header("Access-Control-Request-Method", "POST")
        .when().options("/co2/report")
        .then().statusCode(204)
        .header("Access-Control-Allow-Origin", "https://other.example")
        .header("Access-Control-Allow-Methods", "POST, OPTIONS")
        .header("Access-Control-Allow-Headers", "Content-Type");
  }

  @Test
  void errorsCarryTheHeaderToo() {
    given().header("Origin", "https://other.example").contentType(ContentType.JSON)
        .body("{\"_error\": {\"field\": \"x\", \"message\": \"bad\"}}")
        .when().post("/co2/report")
        .then().statusCode(400)
        .header("Access-Control-Allow-Origin", "https://other.example")
        .body("field", equalTo("x"));
    given().header("Origin", "https://other.example")
        .when().get("/nowhere")
        .then().statusCode(404)
        .header("Access-Control-Allow-Origin", "https://other.example");
  }
}
