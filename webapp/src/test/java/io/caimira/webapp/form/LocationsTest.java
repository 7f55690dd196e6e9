package io.caimira.webapp.form;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form's offline location search over the built-in city list. */
@QuarkusTest
class LocationsTest {

  private static List<Map<String, Object>> search(String q) {
    JsonPath json = given().queryParam("q", q).when().get("/calculator/locations").then().statusCode(200)
        .contentType("application/json").extract().jsonPath();
    return json.getList("$");
  }

  @Test
  void genevaByItsFirstLetters() {
    List<Map<String, Object>> found = search("genev");
    assertThat(found).isNotEmpty();
    Map<String, Object> geneva = found.get(0);
    assertThat((String) geneva.get("name")).startsWith("Geneva");
    assertThat(geneva.get("country")).isEqualTo("Switzerland");
    assertThat(((Number) geneva.get("latitude")).doubleValue()).isCloseTo(46.21, within(0.05));
    assertThat(((Number) geneva.get("longitude")).doubleValue()).isCloseTo(6.14, within(0.05));
  }

  @Test
  void accentsAndCaseAreIgnoredAndResultsAreLimited() {
    assertThat(search("ZÜRICH")).extracting(m -> (String) m.get("name")).anyMatch(n -> n.startsWith("Z\u00fcrich"));
    assertThat(search("a")).hasSize(20);
  }

  @Test
  void emptyOrUnknownQueriesGiveNothing() {
    assertThat(search("")).isEmpty();
    assertThat(search("qqqqzzzz")).isEmpty();
  }
}
