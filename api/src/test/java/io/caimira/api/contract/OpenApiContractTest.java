package io.caimira.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.VirusFields;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document: the three routes only, request bodies typed key by key from the field definitions,
 * typed answers and errors, no security scheme; and docs/openapi.json, the contract integrators read and generate
 * clients from, is that document (regenerate it with {@code -Dcaimira.updateDocs=true}).
 */
@QuarkusTest
class OpenApiContractTest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
  private JsonNode doc;

  @BeforeEach
  void load() throws Exception {
    doc = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
  }

  @Test
  void onlyTheApiRoutesAndNoSecurityScheme() {
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrder("/virus/report", "/co2/transition_times", "/co2/report");
    assertThat(doc.path("components").has("securitySchemes")).isFalse();
    assertThat(doc.has("security")).isFalse();
  }

  @Test
  void requestBodiesAreTypedKeyByKeyFromTheFieldDefinitions() {
    assertThat(doc.at("/paths/~1virus~1report/post/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/VirusReportInput");
    for (String route : List.of("/co2/transition_times", "/co2/report")) {
      assertThat(doc.at("/paths/" + route.replace("/", "~1") + "/post/requestBody/content/application~1json"
          + "/schema/$ref").asText()).isEqualTo("#/components/schemas/Co2Input");
    }
    checkInput(doc.at("/components/schemas/VirusReportInput"), VirusFields.ALL);
    checkInput(doc.at("/components/schemas/Co2Input"), Co2Fields.ALL);
    // spot checks of what the definitions say
    JsonNode virus = doc.at("/components/schemas/VirusReportInput/properties");
    assertThat(virus.at("/room_volume/type").asText()).isEqualTo("number");
    assertThat(virus.at("/total_people/minimum").asDouble()).isEqualTo(1);
    assertThat(virus.at("/ceiling_height").has("minimum")).as("default 0 lies outside 0.5..300").isFalse();
    assertThat(virus.at("/ceiling_height/description").asText()).contains("0.5 to 300 m, or 0 for not given");
    assertThat(virus.at("/exposed_start/pattern").asText()).isNotEmpty();
    assertThat(virus.at("/short_range_interactions/additionalProperties/items/properties/expiration/enum"))
        .hasSize(4);
    assertThat(virus.at("/occupancy/maxProperties").asInt()).isEqualTo(50);
    assertThat(doc.at("/components/schemas/Co2Input/properties/CO2_data/properties/CO2/maxItems").asInt())
        .isEqualTo(86_401);
  }

  @Test
  void answersAndErrorsAreTyped() {
    assertThat(doc.at("/paths/~1virus~1report/post/responses/200/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/VirusReportAnswer");
    assertThat(doc.at("/paths/~1co2~1report/post/responses/200/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Co2FitAnswer");
    assertThat(doc.at("/paths/~1co2~1transition_times/post/responses/200/content/application~1json/schema/$ref")
        .asText()).isEqualTo("#/components/schemas/TransitionTimesAnswer");
    assertThat(doc.at("/paths/~1virus~1report/post/responses/400/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/InputError");
    JsonNode group = doc.at("/components/schemas/GroupReport/properties");
    assertThat(group.at("/prob_inf/type").toString()).isEqualTo("[\"number\",\"null\"]");
    assertThat(group.at("/exposed_presence_intervals/items/$ref").asText()).isEqualTo("#/components/schemas/Span");
    assertThat(doc.at("/components/schemas/Span/type").toString()).contains("array");
  }

  @Test
  void theCommittedContractIsTheServedDocument() throws Exception {
    if (Boolean.getBoolean("caimira.updateDocs")) {
      Files.writeString(COMMITTED, JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
    }
    JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    assertThat(committed.at("/info/version").asText()).as("a valid document has a version").isNotEmpty();
    assertThat(JSON.writeValueAsString(withoutVersion(committed)))
        .as("docs/openapi.json is out of date: run OpenApiContractTest with -Dcaimira.updateDocs=true")
        .isEqualTo(JSON.writeValueAsString(withoutVersion(doc)));
  }

  /** The document without the build's version, which changes with every release but not the contract. */
  private static JsonNode withoutVersion(JsonNode document) {
    ObjectNode copy = document.deepCopy();
    ((ObjectNode) copy.get("info")).remove("version");
    return copy;
  }

  private static void checkInput(JsonNode schema, List<FieldSpec> fields) {
    List<String> keys = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(fields.stream().map(FieldSpec::name).toList());
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(r -> required.add(r.asText()));
    assertThat(required).containsExactlyElementsOf(fields.stream().filter(FieldSpec::required)
        .map(FieldSpec::name).toList());
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    for (FieldSpec f : fields) {
      JsonNode p = schema.get("properties").get(f.name());
      assertThat(p.get("description").asText()).as(f.name()).startsWith(f.meaning());
      if (!f.allowed().isEmpty()) {
        List<String> values = new ArrayList<>();
        p.get("enum").forEach(v -> values.add(v.asText()));
        assertThat(values).as(f.name()).containsExactlyElementsOf(f.allowed());
      }
    }
  }
}
