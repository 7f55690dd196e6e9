package io.caimira.webapp.form;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The form's notice: where a location's outside temperatures would come from (the built-in Geneva data here). */
@QuarkusTest
class WeatherSourceTest {
  @Test
  void farFromGenevaTheFormIsTold() {
    double km = given().queryParam("latitude", "-33.8688").queryParam("longitude", "151.2093").when()
        .get("/calculator/weather-source").then().statusCode(200).extract().jsonPath().getDouble("distance_km");
    // the haversine distance computed separately (Python): 16 773.97 km
    org.assertj.core.api.Assertions.assertThat(km).isCloseTo(16_773.97, org.assertj.core.api.Assertions.within(0.01));
    given().queryParam("latitude", "-33.8688").queryParam("longitude", "151.2093").when()
        .get("/calculator/weather-source").then().statusCode(200)
        .body("source", equalTo("Geneva (built-in monthly climatology)"))
        .body("nearby", equalTo(false))
        .body("message", equalTo("The outside temperatures for this place would come from Geneva (built-in "
            + "monthly climatology), 16,774 km away. Natural ventilation depends on them: if they do not fit this "
            + "place, give the temperatures of the event month below."));
    given().queryParam("latitude", "-33.8688").queryParam("longitude", "151.2093").queryParam("lang", "fr").when()
        .get("/calculator/weather-source").then().statusCode(200)
        .body("message", startsWith("Les températures extérieures de ce lieu viendraient de Genève (climatologie "
            + "mensuelle intégrée), à 16\u202F774 km."));
  }

  @Test
  void nearGenevaNothingIsSaid() {
    given().queryParam("latitude", "46.23424").queryParam("longitude", "6.07947").when()
        .get("/calculator/weather-source").then().statusCode(200)
        .body("nearby", equalTo(true)).body("message", nullValue());
  }

  @Test
  void badCoordinatesAreA400() {
    for (String[] bad : new String[][] {{"91", "0"}, {"0", "-181"}, {"x", "0"}, {"NaN", "0"}, {"1".repeat(40), "0"}}) {
      given().queryParam("latitude", bad[0]).queryParam("longitude", bad[1]).when()
          .get("/calculator/weather-source").then().statusCode(400);
    }
    given().when().get("/calculator/weather-source").then().statusCode(400);
  }
}
