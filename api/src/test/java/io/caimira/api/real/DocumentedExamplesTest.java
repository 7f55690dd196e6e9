package io.caimira.api.real;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every request example of the OpenAPI document, posted as an integrator would copy it, gives a successful report
 * with the production calculator (an example that answers 400 teaches the wrong input).
 */
@QuarkusTest
@TestProfile(SmallSampleProfile.class)
class DocumentedExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyDocumentedExampleIsAccepted() throws IOException {
    JsonNode paths = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString()).get("paths");
    List<String> tried = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode examples = path.getValue().path("post").path("requestBody").path("content")
          .path("application/json").path("examples");
      for (JsonNode example : examples) {
        String body = example.get("value").isTextual() ? example.get("value").asText()
            : JSON.writeValueAsString(example.get("value"));
        Response answer = given().contentType(ContentType.JSON).body(body).post(path.getKey());
        assertThat(answer.statusCode()).as(path.getKey() + ": " + answer.asString()).isEqualTo(200);
        assertThat(answer.jsonPath().getString("status")).isEqualTo("success");
        tried.add(path.getKey());
      }
    }
    assertThat(tried).contains("/virus/report", "/co2/transition_times", "/co2/report");
  }
}
