package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

  @Test
  void livenessIsUp() {
    given().when().get("/q/health/live")
        .then().statusCode(200)
        .body("status", equalTo("UP"));
  }

  @Test
  void readinessReportsTheCalculatorImplementation() {
    given().when().get("/q/health/ready")
        .then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks[0].name", equalTo("calculator"))
        .body("checks[0].data.implementation", equalTo(EchoCalculator.class.getName()));
  }

  @Test
  void metricsCountReportsByRouteAndOutcomeWithLatencyAndErrors() {
    given().contentType(ContentType.JSON).body("{}").post("/co2/transition_times").then().statusCode(200);
    given().contentType(ContentType.JSON).body("{\"_error\": {\"message\": \"no\"}}")
        .post("/co2/transition_times").then().statusCode(400);
    given().contentType(ContentType.JSON).body("{\"_crash\": true}")
        .post("/co2/transition_times").then().statusCode(500);

    given().when().get("/q/metrics")
        .then().statusCode(200)
        .body(containsString("caimira_reports_total{outcome=\"success\",route=\"co2_transition_times\"}"))
        .body(containsString("caimira_reports_total{outcome=\"bad_input\",route=\"co2_transition_times\"}"))
        .body(containsString("caimira_report_duration_seconds_bucket{outcome=\"success\",route=\"co2_transition_times\""))
        .body(containsString("caimira_report_errors_total{kind=\"error\",route=\"co2_transition_times\"}"))
        .body(containsString("caimira_reports_running"));
  }

  @Test
  void openApiDescribesTheThreeRoutes() {
    given().accept(ContentType.JSON).when().get("/q/openapi")
        .then().statusCode(200)
        .body("info.title", equalTo("CAiMIRA REST API"))
        .body("paths", hasKey("/virus/report"))
        .body("paths", hasKey("/co2/transition_times"))
        .body("paths", hasKey("/co2/report"))
        .body("paths.'/virus/report'.post.requestBody.content.'application/json'.examples", hasKey("office"))
        .body("paths.'/virus/report'.post.responses", hasKey("503"))
        .body("paths.'/virus/report'.post.parameters.name", org.hamcrest.Matchers.hasItem("include_samples"));
  }

  @Test
  void swaggerUiIsServed() {
    given().when().get("/q/swagger-ui/")
        .then().statusCode(200)
        .body(containsString("swagger"));
  }
}
