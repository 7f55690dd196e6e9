package io.caimira.api.real;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.VirusFields;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bad input never crashes anything (issue 3, item 8): several hundred generated bad requests against the running
 * API with the production calculator. Each must answer 4xx with a JSON {"message": …} — 400 naming an input
 * field when one key was spoilt, 413/415 for size and type — and never a 5xx. The mutations are generated from
 * the field table of the input contract, so every key is exercised; a fixed seed makes the run repeatable. The
 * few mutations that are valid input run a 2 000-sample report (this test is about input handling).
 */
@QuarkusTest
@TestProfile(SmallSampleProfile.class)
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> FIELDS =
      VirusFields.ALL.stream().map(FieldSpec::name).collect(Collectors.toSet());

  private static ObjectNode validBody() throws IOException {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bodies/office-natural-ventilation.json")) {
      ObjectNode body = (ObjectNode) JSON.readTree(in);
      body.put("seed", 1);
      return body;
    }
  }

  /** Values of the wrong kind for any key: none of them is a valid value of any field. */
  private static List<JsonNode> wrongValues(SplittableRandom random) {
    List<JsonNode> values = new ArrayList<>(List.of(
        NODES.arrayNode().add(1).add("two"),
        NODES.objectNode().put("unexpected", true),
        NODES.textNode("nan"),
        NODES.textNode("-inf"),
        NODES.textNode("1e400"),
        NODES.textNode("-7"),
        NODES.textNode("99:99"),
        NODES.textNode("<script>alert(1)</script>"),
        NODES.textNode("x".repeat(5_000)),
        NODES.numberNode(-1e12)));
    values.add(NODES.textNode(Long.toString(random.nextLong())));
    return values;
  }

  @Test
  void everyFieldWithEveryKindOfWrongValueIsA400NamingAField() throws IOException {
    SplittableRandom random = new SplittableRandom(20261124);
    int checked = 0;
    for (FieldSpec field : VirusFields.ALL) {
      for (JsonNode value : wrongValues(random)) {
        ObjectNode body = validBody();
        body.set(field.name(), value);
        Response r = post(body.toString());
        assertBadInputOrValid(r, field.name(), value);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void missingRequiredAndUnknownKeysAreNamed() throws IOException {
    for (FieldSpec field : VirusFields.ALL) {
      if (field.required()) {
        ObjectNode body = validBody();
        body.remove(field.name());
        Response r = post(body.toString());
        assertThat(r.statusCode()).as("missing %s", field.name()).isEqualTo(400);
        assertThat(r.jsonPath().getString("field")).isEqualTo(field.name());
      }
    }
    for (String unknown : List.of("Total_People", "total people", "__proto__", "", "room_volume ", "é")) {
      ObjectNode body = validBody();
      body.put(unknown, "1");
      Response r = post(body.toString());
      assertThat(r.statusCode()).as("unknown key '%s'", unknown).isEqualTo(400);
      assertThat(r.jsonPath().getString("message")).isNotBlank();
    }
  }

  @Test
  void malformedBodiesAre400() throws IOException {
    String valid = validBody().toString();
    SplittableRandom random = new SplittableRandom(7);
    List<String> bodies = new ArrayList<>(List.of("", " ", "null", "[]", "[{}]", "42", "\"text\"", "{", "}",
        "{\"total_people\": }", "{'total_people': '10'}", valid + "}", valid + " {}", "{\"a\":1,}", "\u0000"));
    for (int i = 0; i < 60; i++) {
      // truncated at a random point
      bodies.add(valid.substring(0, 1 + random.nextInt(valid.length() - 2)));
    }
    for (String body : bodies) {
      Response r = post(body);
      assertThat(r.statusCode()).as("body %s", abbreviate(body)).isEqualTo(400);
      assertJsonMessage(r, "body " + abbreviate(body));
    }
  }

  @Test
  void wrongContentTypeAndOversizedBodies() throws IOException, InterruptedException {
    String valid = validBody().toString();
    HttpClient client = HttpClient.newHttpClient();
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/octet-stream", "multipart/form-data; boundary=x")) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/virus/report"))
          .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(valid)).build();
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("content type %s", type).isEqualTo(415);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("json");
      assertThat(JSON.readTree(r.body()).path("message").asText()).isNotBlank();
    }
    ObjectNode big = validBody();
    big.put("simulation_name", "y".repeat(11 * 1024 * 1024));
    Response r = post(big.toString());
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void co2RoutesRejectBadInputToo() {
    List<String> bodies = new ArrayList<>(List.of("{}", "{\"room_volume\": \"60\"}",
        "{\"room_volume\": \"60\", \"total_people\": \"2\", \"CO2_data\": \"not json\"}",
        "{\"room_volume\": \"60\", \"total_people\": \"2\", \"CO2_data\": {\"times\": [8, 8.1], \"CO2\": [400]}}",
        "{\"room_volume\": \"-60\", \"total_people\": \"2\", \"CO2_data\": {\"times\": [8, 8.1], \"CO2\": [400, 410]}}"));
    for (String path : List.of("/co2/transition_times", "/co2/report")) {
      if (path.equals("/co2/report")) {
        // a fit needs the ventilation states (the transition times alone do not)
        bodies.add("{\"room_volume\": \"60\", \"total_people\": \"2\", \"CO2_data\": {\"times\": [8, 8.1], "
            + "\"CO2\": [400, 410]}, \"fitting_ventilation_states\": []}");
      }
      for (String body : bodies) {
        Response r = given().contentType(ContentType.JSON).body(body).when().post(path);
        assertThat(r.statusCode()).as("%s %s: %s", path, body, r.asString()).isEqualTo(400);
        assertThat(r.jsonPath().getString("message")).isNotBlank();
      }
    }
  }

  private static void assertJsonMessage(Response r, String what) {
    assertThat(r.contentType()).as("%s: content type of %s", what, abbreviate(r.asString())).contains("json");
    assertThat(r.jsonPath().getString("message")).as(what).isNotBlank();
  }

  private static Response post(String body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/virus/report");
  }

  /**
   * A spoilt key gives 400 naming an input field; a few wrong-looking values are legitimate for free-text keys
   * (e.g. a long simulation name), and then the report succeeds. Never anything else.
   */
  private static void assertBadInputOrValid(Response r, String key, JsonNode value) {
    String what = key + " = " + abbreviate(value.toString());
    assertThat(r.statusCode()).as("%s: %s", what, abbreviate(r.asString())).isIn(200, 400);
    if (r.statusCode() == 400) {
      assertThat(r.jsonPath().getString("message")).as(what).isNotBlank();
      assertThat(r.jsonPath().getString("field")).as(what).isIn(FIELDS);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
