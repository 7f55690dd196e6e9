package io.caimira.webapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Routes of the web calculator next to the API's, on one server. */
@QuarkusTest
class PagesTest {

  @Test
  void landingFormAndApiShareTheServer() {
    given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
        .body(containsString("CAiMIRA"));
    given().when().get("/calculator").then().statusCode(200).body(containsString("covid_calculator"));
    given().when().get("/calculator/").then().statusCode(200);
    given().when().get("/api/").then().statusCode(200).body(containsString("CAiMIRA REST API"));
    given().contentType("application/json").body("{}").when().post("/api/virus/report")
        .then().statusCode(400).contentType(containsString("application/json"))
        .body(containsString("calculator_version must be specified"));
  }

  @Test
  void unknownPageIsAnHtml404ButUnknownApiRouteIsJson() {
    given().when().get("/doesnt-exist").then().statusCode(404).contentType(containsString("text/html"))
        .body(containsString("Unfortunately the page you are looking for does not exist."));
    given().when().get("/api/doesnt-exist").then().statusCode(404)
        .contentType(containsString("application/json"));
  }

  @Test
  void frenchPagesOnRequestAndTheChoiceIsRemembered() {
    given().when().get("/?lang=fr").then().statusCode(200).body(containsString("<html lang=\"fr\""))
        .header("Set-Cookie", startsWith("caimira_lang=fr"));
    given().cookie("caimira_lang", "fr").when().get("/").then().body(containsString("Ouvrir le calculateur"));
    given().header("Accept-Language", "fr-CH,fr;q=0.9").when().get("/").then()
        .body(containsString("<html lang=\"fr\""));
  }

  @Test
  void invalidFormIsShownAgainWithTheMessageNextToTheField() {
    given().formParam("calculator_version", "4.19.0").formParam("simulation_name", "x")
        .formParam("room_number", "1").formParam("volume_type", "room_volume_explicit")
        .formParam("room_volume", "60").formParam("total_people", "1").formParam("infected_people", "1")
        .formParam("location_name", "Geneva").formParam("location_latitude", "46.2")
        .formParam("location_longitude", "6.14").formParam("inside_temp", "293")
        .when().post("/calculator/report")
        .then().statusCode(400).contentType(containsString("text/html"))
        .body(containsString("data-field=\"infected_people\""))
        .body(containsString("Value is equal or higher than the total number of occupants."));
  }

  @Test
  void brokenReportLinkIsA400Page() {
    given().when().get("/calculator/report?c=not-a-link").then().statusCode(400)
        .contentType(containsString("text/html"));
  }
}
