package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API as ./caimira serve runs it: under /api, health and metrics still under /q. */
@QuarkusTest
@TestProfile(PrefixedApiTest.UnderApi.class)
class PrefixedApiTest {

  public static class UnderApi implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("caimira.api.path-prefix", "/api");
    }
  }

  @Test
  void reportRoutesAreUnderTheprefix() {
    given().contentType(ContentType.JSON).body("{}").queryParam("include_samples", "true")
        .when().post("/api/virus/report")
        .then().statusCode(200)
        .body("status", equalTo("success"))
        .body("results.options.includeSamples", equalTo(true));
    given().contentType(ContentType.JSON).body("{}")
        .when().post("/api/co2/report")
        .then().statusCode(200)
        .body("results.route", equalTo("co2_report"));
  }

  @Test
  void reportRoutesWithoutThePrefixAreNotFound() {
    given().contentType(ContentType.JSON).body("{}")
        .when().post("/virus/report")
        .then().statusCode(404)
        .body("message", equalTo("Not found: /virus/report (the API is under /api)"));
  }

  @Test
  void landingPageAndErrorsUnderThePrefix() {
    given().when().get("/api/").then().statusCode(200).body(containsString("Welcome to the CAiMIRA REST API"));
    given().when().get("/api").then().statusCode(200).body(containsString("Welcome to the CAiMIRA REST API"));
    given().when().get("/api/virus/report").then().statusCode(405);
    given().when().get("/api/nothing").then().statusCode(404).contentType(ContentType.JSON);
    given().when().options("/api/co2/transition_times").then().statusCode(204)
        .header("Access-Control-Allow-Methods", "POST, OPTIONS");
    given().header("Origin", "https://other.example").contentType(ContentType.JSON).body("{}")
        .when().post("/api/co2/transition_times")
        .then().statusCode(200)
        .header("Access-Control-Allow-Origin", "https://other.example");
  }

  @Test
  void operationsStayUnderQ() {
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void openApiNamesThePrefixAsServer() {
    given().accept(ContentType.JSON).when().get("/q/openapi")
        .then().statusCode(200)
        .body("servers[0].url", equalTo("/api"))
        .body("paths", org.hamcrest.Matchers.hasKey("/virus/report"));
  }
}
