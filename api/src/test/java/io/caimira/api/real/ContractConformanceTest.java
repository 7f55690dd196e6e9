package io.caimira.api.real;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.api.contract.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is the contract: with the production calculator, every documented example and bodies
 * that exercise every optional part of the answers conform to the request schemas, are accepted, and their answers
 * conform to the response schemas (validated with a JSON Schema 2020-12 validator); errors conform to the error
 * schemas, and the request schemas refuse what the API refuses.
 */
@QuarkusTest
@TestProfile(SmallSampleProfile.class)
class ContractConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private OpenApiDocument doc;

  @BeforeEach
  void load() throws Exception {
    doc = new OpenApiDocument(given().queryParam("format", "json").get("/q/openapi").asString());
  }

  @Test
  void everyDocumentedExampleConformsAndGivesAConformingAnswer() throws Exception {
    List<String> tried = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.node().get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      JsonNode examples = path.getValue().path("post").path("requestBody").path("content")
          .path("application/json").path("examples");
      for (JsonNode example : examples) {
        postAndCheck(path.getKey(), "", (ObjectNode) example.get("value"));
        tried.add(path.getKey());
      }
    }
    assertThat(tried).contains("/virus/report", "/co2/transition_times", "/co2/report");
  }

  @Test
  void everyOptionalPartOfAVirusReportConforms() throws Exception {
    ObjectNode shortRange = office();
    shortRange.put("short_range_option", "short_range_yes").put("short_range_occupants", 5)
        .put("conditional_probability_viral_loads", true).put("mask_wearing_option", "mask_on")
        .set("short_range_interactions", JSON.readTree("{\"group_1\": [{\"expiration\": \"Speaking\", "
            + "\"start_time\": \"10:00\", \"duration\": 15}, {\"expiration\": \"Shouting\", "
            + "\"start_time\": \"14:00\", \"duration\": 5}]}"));
    JsonNode results = postAndCheck("/virus/report", "?include_samples=true&include_alternative_scenarios=true",
        shortRange);
    JsonNode group = results.get("groups").elements().next();
    assertThat(group.has("short_range_interactions")).isTrue();
    assertThat(group.has("conditional_probability_data")).isTrue();
    assertThat(group.has("prob_dist")).isTrue();
    assertThat(results.has("alternative_scenarios")).isTrue();

    ObjectNode incidence = office();
    incidence.put("exposure_option", "p_probabilistic_exposure").put("geographic_population", 100_000)
        .put("geographic_cases", 50).put("ascertainment_bias", "confidence_high");
    JsonNode withIncidence = postAndCheck("/virus/report", "", incidence);
    assertThat(withIncidence.get("groups").elements().next().has("prob_probabilistic_exposure")).isTrue();

    ObjectNode groups = office();
    groups.put("ventilation_type", "mechanical_ventilation")
        .put("mechanical_ventilation_type", "mech_type_air_changes").put("air_changes", 3)
        .put("hepa_option", true).put("hepa_amount", 250).put("activity_type", "precise")
        .set("precise_activity", JSON.readTree("{\"physical_activity\": \"Standing\", \"respiratory_activity\": "
            + "[{\"type\": \"Breathing\", \"percentage\": 70}, {\"type\": \"Speaking\", \"percentage\": 30}]}"));
    groups.set("occupancy", JSON.readTree("{\"morning\": {\"total_people\": 6, \"infected\": 1, \"presence\": "
        + "[{\"start_time\": \"09:00\", \"finish_time\": \"12:00\"}]}, \"day\": {\"total_people\": 4, "
        + "\"infected\": 0, \"presence\": [{\"start_time\": \"09:00\", \"finish_time\": \"17:00\"}]}}"));
    JsonNode withGroups = postAndCheck("/virus/report", "", groups);
    assertThat(withGroups.get("groups").size()).isEqualTo(2);
  }

  @Test
  void aFitWithoutRoomCapacityConforms() throws Exception {
    JsonNode example = doc.node().at("/paths/~1co2~1report/post/requestBody/content/application~1json/examples")
        .elements().next().get("value");
    ObjectNode body = example.deepCopy();
    body.remove("room_capacity");
    JsonNode fit = postAndCheck("/co2/report", "", body);
    assertThat(fit.get("room_capacity").isNull()).isTrue();
    assertThat(fit.get("ventilation_lsp_values").isNull()).isTrue();
  }

  /** Upstream's reference inputs (in its form's string encoding): every answer, success or error, conforms. */
  @Test
  void everyReferenceCaseAnswerConforms() throws Exception {
    Assumptions.assumeTrue(ReferenceCases.available(), "../shared/reference is absent");
    List<JsonNode> virus = new ArrayList<>(ReferenceCases.read("virus_public.jsonl"));
    virus.addAll(ReferenceCases.read("virus_extra_public.jsonl"));
    for (JsonNode c : virus) {
      checkAnswer("/virus/report", "?include_alternative_scenarios=true", c.get("input"));
    }
    for (JsonNode c : ReferenceCases.read("co2_public.jsonl")) {
      checkAnswer("/co2/transition_times", "", c.get("input"));
      checkAnswer("/co2/report", "", c.get("input"));
    }
  }

  private void checkAnswer(String path, String query, JsonNode body) throws Exception {
    Response answer = given().contentType(ContentType.JSON).body(body.toString()).post(path + query);
    assertThat(answer.statusCode()).as(path + ": " + answer.asString()).isIn(200, 400);
    assertThat(doc.errors(doc.responseSchema(path, answer.statusCode()), answer.asString()))
        .as("answer " + answer.statusCode() + " of " + path + " to " + body.toString().substring(0, 80)).isEmpty();
  }

  @Test
  void errorsConformToTheErrorSchemas() throws Exception {
    ObjectNode bad = office();
    bad.put("activity_type", "dancing");
    assertThat(doc.errors(doc.requestSchema("/virus/report"), bad))
        .as("the schema refuses what the API refuses").isNotEmpty();
    Response answer = given().contentType(ContentType.JSON).body(bad.toString()).post("/virus/report");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(doc.errors(doc.responseSchema("/virus/report", 400), answer.asString())).isEmpty();

    ObjectNode unknownKey = office();
    unknownKey.put("room_colour", "blue");
    assertThat(doc.errors(doc.requestSchema("/virus/report"), unknownKey)).isNotEmpty();
    assertThat(given().contentType(ContentType.JSON).body(unknownKey.toString()).post("/virus/report")
        .statusCode()).isEqualTo(400);

    assertThat(doc.errors(doc.responseSchema("/virus/report", 200), "{\"status\": \"success\", \"message\": "
        + "\"m\", \"results\": {\"times\": [0.5, \"late\"], \"groups\": {\"g\": {\"prob_inf\": \"high\"}}}}"))
        .as("an answer that breaks the contract is caught").hasSize(2);

    Response wrongType = given().contentType(ContentType.TEXT).body("x").post("/co2/report");
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(doc.errors(doc.node().at("/components/schemas/Error"), wrongType.asString())).isEmpty();
  }

  private ObjectNode office() {
    JsonNode example = doc.node().at("/paths/~1virus~1report/post/requestBody/content/application~1json/examples")
        .elements().next().get("value");
    return example.deepCopy();
  }

  /** Posts a body that conforms to the request schema and checks that its answer conforms; gives its results. */
  private JsonNode postAndCheck(String path, String query, ObjectNode body) throws Exception {
    assertThat(doc.errors(doc.requestSchema(path), body)).as("body of " + path + " against the contract")
        .isEmpty();
    Response answer = given().contentType(ContentType.JSON).body(body.toString()).post(path + query);
    assertThat(answer.statusCode()).as(path + ": " + answer.asString()).isEqualTo(200);
    assertThat(doc.errors(doc.responseSchema(path, 200), answer.asString()))
        .as("answer of " + path + query + " against the contract").isEmpty();
    return JSON.readTree(answer.asString()).get("results");
  }
}
