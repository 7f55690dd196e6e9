package io.caimira.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportRoutesTest {

  @Test
  void virusReportAnswersUpstreamsEnvelope() {
    given().contentType(ContentType.JSON).body("{\"total_people\": \"10\"}")
        .when().post("/virus/report")
        .then().statusCode(200)
        .contentType(ContentType.JSON)
        .body("status", equalTo("success"))
        .body("message", equalTo("Results generated successfully"))
        .body("results.route", equalTo("virus_report"))
        .body("results.input.total_people", equalTo("10"))
        .body("results.options.includeSamples", equalTo(false))
        .body("results.options.includeAlternativeScenarios", equalTo(false));
  }

  @Test
  void queryParametersBecomeReportOptions() {
    given().contentType(ContentType.JSON).body("{}")
        .queryParam("include_samples", "true")
        .queryParam("include_alternative_scenarios", "TRUE")
        .when().post("/virus/report")
        .then().statusCode(200)
        .body("results.options.includeSamples", equalTo(true))
        .body("results.options.includeAlternativeScenarios", equalTo(true));
  }

  @Test
  void aQueryFlagThatIsNotABooleanIsBadInput() {
    given().contentType(ContentType.JSON).body("{}")
        .queryParam("include_samples", "yes please")
        .when().post("/virus/report")
        .then().statusCode(400)
        .body("field", equalTo("include_samples"))
        .body("message", equalTo("Query parameter include_samples must be true or false, got 'yes please'"));
  }

  @Test
  void co2RoutesAnswerTheEnvelopeToo() {
    given().contentType(ContentType.JSON).body("{\"room_volume\": \"60\"}")
        .when().post("/co2/transition_times")
        .then().statusCode(200)
        .body("status", equalTo("success"))
        .body("results.route", equalTo("co2_transition_times"));
    given().contentType(ContentType.JSON).body("{\"room_volume\": \"60\"}")
        .when().post("/co2/report")
        .then().statusCode(200)
        .body("results.route", equalTo("co2_report"))
        .body("results.input.room_volume", equalTo("60"));
  }

  @Test
  void inputErrorIs400WithMessageAndField() {
    given().contentType(ContentType.JSON)
        .body("{\"_error\": {\"field\": \"total_people\", \"message\": \"total_people must be specified\"}}")
        .when().post("/virus/report")
        .then().statusCode(400)
        .contentType(ContentType.JSON)
        .body("message", equalTo("total_people must be specified"))
        .body("field", equalTo("total_people"));
  }

  @Test
  void inputErrorWithoutFieldHasANullField() {
    given().contentType(ContentType.JSON)
        .body("{\"_error\": {\"message\": \"Combination not supported\"}}")
        .when().post("/co2/report")
        .then().statusCode(400)
        .body("message", equalTo("Combination not supported"))
        .body("$", org.hamcrest.Matchers.hasKey("field"))
        .body("field", nullValue());
  }

  @Test
  void malformedJsonIs400() {
    given().contentType(ContentType.JSON).body("{\"total_people\": ")
        .when().post("/virus/report")
        .then().statusCode(400)
        .contentType(ContentType.JSON)
        .body("message", matchesPattern("Malformed JSON: .*"))
        .body("field", nullValue());
  }

  @Test
  void trailingContentAfterTheObjectIsMalformedJson() {
    given().contentType(ContentType.JSON).body("{} x")
        .when().post("/co2/report")
        .then().statusCode(400)
        .body("message", matchesPattern("Malformed JSON: .*"));
  }

  @Test
  void nanTokensInTheBodyAreMalformedJson() {
    given().contentType(ContentType.JSON).body("{\"room_volume\": NaN}")
        .when().post("/co2/report")
        .then().statusCode(400)
        .body("message", matchesPattern("Malformed JSON: .*"));
  }

  @Test
  void aBodyThatIsNotAnObjectIs400() {
    given().contentType(ContentType.JSON).body("[1, 2]")
        .when().post("/virus/report")
        .then().statusCode(400)
        .body("message", equalTo("The request body must be a JSON object of inputs, not an array"));
  }

  @Test
  void anEmptyBodyIs400() {
    given().contentType(ContentType.JSON)
        .when().post("/co2/transition_times")
        .then().statusCode(400)
        .body("message", equalTo("The request body is empty: a JSON object of inputs is expected"));
  }

  @Test
  void aNonJsonContentTypeIs415() {
    given().contentType(ContentType.TEXT).body("total_people=10")
        .when().post("/virus/report")
        .then().statusCode(415)
        .contentType(ContentType.JSON)
        .body("message", matchesPattern("Unsupported media type.*"));
  }

  @Test
  void nonFiniteNumbersInResultsAreWrittenAsNull() {
    String json = given().contentType(ContentType.JSON).body("{\"_nan\": true}")
        .when().post("/virus/report")
        .then().statusCode(200)
        .extract().asString();
    org.assertj.core.api.Assertions.assertThat(json)
        .contains("\"nan\":null", "\"values\":[1.0,null]")
        .doesNotContain("NaN", "Infinity");
  }

  @Test
  void anUnexpectedExceptionIs500WithAnErrorId() {
    given().contentType(ContentType.JSON).body("{\"_crash\": true}")
        .when().post("/co2/report")
        .then().statusCode(500)
        .body("message", equalTo("Internal error"))
        .body("error_id", matchesPattern("[0-9a-f-]{36}"));
  }
}
