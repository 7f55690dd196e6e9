package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.session.SecurityHeaders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server of ./caimira serve documents its API only: the OpenAPI document (at /q/openapi and, as behind the
 * deployed router, /api/q/openapi) lists the three routes under the /api server, none of the pages and no security
 * scheme, although the pages' sign-in is configured; Swagger UI and the input reference answer under /api/.
 */
@QuarkusTest
class ApiDocumentTest {

  @Test
  void theDocumentHasTheApiRoutesOnly() {
    for (String path : new String[] {"/q/openapi", "/api/q/openapi"}) {
      JsonPath doc = given().queryParam("format", "json").get(path).then().statusCode(200).extract().jsonPath();
      Map<String, Object> paths = doc.getMap("paths");
      assertThat(paths.keySet()).as(path).containsExactlyInAnyOrder("/virus/report", "/co2/transition_times",
          "/co2/report");
      assertThat(doc.getString("servers[0].url")).isEqualTo("/api");
      assertThat(doc.getMap("components")).doesNotContainKey("securitySchemes");
      assertThat(doc.<String, Object>getMap("components.schemas").keySet()).as("no page's template types")
          .noneMatch(name -> name.contains("Template"));
    }
  }

  @Test
  void swaggerUiAndTheInputReferenceUnderApi() {
    Response ui = given().get("/api/q/swagger-ui/");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_DOCS_POLICY);
    Response fields = given().get("/api/fields");
    assertThat(fields.statusCode()).isEqualTo(200);
    assertThat(fields.asString()).contains("<tr id=\"occupancy\">", "<tr id=\"CO2_data\">");
    assertThat(given().get("/fields").statusCode()).as("only under /api").isEqualTo(404);
  }
}
