package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison page computed on the server: the API's numbers, bookmarkable, at most four scenarios. */
@QuarkusTest
class ComparePageTest {

  static JsonNode api(FormFields fields) {
    String answer = given().contentType(ContentType.JSON).body(fields.toInput().toString())
        .when().post("/api/virus/report").then().statusCode(200).extract().asString();
    try {
      return new ObjectMapper().readTree(answer).at("/results/groups/group_1");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twoScenariosShowTheApisNumbersSideBySide() {
    FormFields a = Scenarios.office("Closed office", 11);
    FormFields b = Scenarios.ventilatedOffice("Ventilated office", 12);
    String page = given().queryParam("c", Scenarios.code(a)).queryParam("c", Scenarios.code(b))
        .when().get("/calculator/compare").then().statusCode(200).extract().asString();
    assertThat(Html.texts(page, "scenario-name")).containsExactly("Closed office", "Ventilated office");
    List<Double> probabilities = Html.attributes(page, "prob-inf", "data-value").stream()
        .map(Double::parseDouble).toList();
    List<Double> cases = Html.attributes(page, "expected-cases", "data-value").stream()
        .map(Double::parseDouble).toList();
    assertThat(probabilities).containsExactly(api(a).get("prob_inf").asDouble(), api(b).get("prob_inf").asDouble());
    assertThat(cases).containsExactly(api(a).get("expected_new_cases").asDouble(),
        api(b).get("expected_new_cases").asDouble());
    assertThat(Html.attributes(page, "compare-series", "data-points")).hasSize(2);
    assertThat(page).contains("<td>Mechanical</td>", "<td>FFP2</td>", "<td>60.0 m³</td>",
        "<td>10 people, 1 infected</td>");
  }

  /** Scenarios of the same name are told apart by their column in the table and the plot's legend. */
  @Test
  void scenariosOfTheSameNameAreToldApart() {
    FormFields a = Scenarios.office("Office", 11);
    FormFields b = Scenarios.ventilatedOffice("Office", 12);
    FormFields c = Scenarios.office("Meeting room", 13);
    String page = given().queryParam("c", Scenarios.code(a)).queryParam("c", Scenarios.code(b))
        .queryParam("c", Scenarios.code(c)).when().get("/calculator/compare").then().statusCode(200)
        .extract().asString();
    assertThat(Html.texts(page, "scenario-name")).containsExactly("Office – Scenario 1", "Office – Scenario 2",
        "Meeting room");
    assertThat(Html.attributes(page, "compare-series", "data-name")).containsExactly("Office – Scenario 1",
        "Office – Scenario 2", "Meeting room");
    String fr = given().queryParam("c", Scenarios.code(a)).queryParam("c", Scenarios.code(b)).queryParam("lang", "fr")
        .when().get("/calculator/compare").then().statusCode(200).extract().asString();
    assertThat(Html.texts(fr, "scenario-name")).containsExactly("Office – Scénario 1", "Office – Scénario 2");
  }

  @Test
  void scenariosMayBeGivenAsReportLinksOrShortLinks() {
    FormFields a = Scenarios.office("From a report link", 21);
    String reportLink = "https://caimira.example.org/calculator/report?c=" + Scenarios.code(a);
    // upstream's short links also carry the repr of a Python object, which is not an input
    String shortLink = "https://caimira.example.org/_c/" + LinkCodec.encodeStandard(a.toQuery()
        + "&data_registry=%3Ccaimira.calculator.store.data_registry.DataRegistry+object+at+0x7f0%3E");
    String page = given().queryParam("c", reportLink).queryParam("c", shortLink).queryParam("c", "")
        .when().get("/calculator/compare").then().statusCode(200).extract().asString();
    List<String> values = Html.attributes(page, "prob-inf", "data-value");
    assertThat(values).hasSize(2).containsOnly(Double.toString(api(a).get("prob_inf").asDouble()));
  }

  @Test
  void moreThanFourScenariosAreRefused() {
    String c = Scenarios.code(Scenarios.office("x", 1));
    given().queryParam("c", c, c, c, c, c).when().get("/calculator/compare").then().statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("At most four scenarios can be compared at once; this request has 5."));
  }

  @Test
  void aBrokenOrInvalidScenarioIsNamed() {
    String good = Scenarios.code(Scenarios.office("x", 1));
    given().queryParam("c", good, "garbage!").when().get("/calculator/compare").then().statusCode(400)
        .body(containsString("Scenario 2: this is not a valid calculator link"));
    String bad = Scenarios.code(Scenarios.office("x", 1).with("infected_people", "10"));
    given().queryParam("c", bad).when().get("/calculator/compare").then().statusCode(400)
        .body(containsString("Scenario 1: "))
        .body(containsString("cannot be greater or equal to the number of total people"));
    given().queryParam("c", bad).queryParam("lang", "fr").when().get("/calculator/compare").then().statusCode(400)
        .body(containsString("Scénario 1 : Le nombre de personnes infectées doit être inférieur au nombre total "
            + "de personnes."));
  }

  @Test
  void withoutScenariosThePageOffersTheFields() {
    String page = given().when().get("/calculator/compare").then().statusCode(200).extract().asString();
    assertThat(page.split("name=\"c\"", -1)).hasSize(5);
    assertThat(page).contains("<label class=\"form-label\" for=\"scenario-1\">Scenario 1</label>")
        .doesNotContain("compare-table");
    given().header("Accept-Language", "fr").when().get("/calculator/compare").then()
        .body(containsString("Comparer des scénarios"));
  }
}
