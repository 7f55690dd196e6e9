package io.caimira.webapp.co2;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CO₂ fitting routes below the calculator: upload, suggested transition times and the fit give the API's
 * numbers for the same CO₂ body; bad input is a 4xx {"message", "field"}.
 */
@QuarkusTest
class Co2FitRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/calculator/co2-fit";
  private static final String[] HEADER = {"Times", "CO2"};

  static ObjectNode form() {
    ObjectNode f = JSON.createObjectNode();
    f.put("calculator_version", "4.19.0");
    f.put("simulation_name", "CO₂ test");
    f.put("volume_type", "room_volume_explicit");
    f.put("room_volume", "60");
    f.put("total_people", "4");
    f.put("infected_people", "1");
    f.put("ventilation_type", "from_fitting");
    f.put("exposed_start", "08:30");
    f.put("exposed_finish", "17:30");
    return f;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode uploaded(byte[] file, String name, ObjectNode form) {
    var request = given().multiPart("file", name, file);
    if (form != null) {
      request = request.multiPart("form", form.toString());
    }
    return read(request.when().post(BASE + "/data").then().statusCode(200)
        .contentType(containsString("application/json")).extract().asString());
  }

  private static ObjectNode request(ObjectNode form, JsonNode data) {
    ObjectNode r = JSON.createObjectNode();
    r.set("form", form);
    r.set("CO2_data", data);
    return r;
  }

  @Test
  void uploadSuggestAndFitGiveTheApisNumbers() {
    JsonNode data = uploaded(SyntheticCo2.xlsx(HEADER, SyntheticCo2.boxed(SyntheticCo2.day())), "day.xlsx", form())
        .get("CO2_data");
    assertThat(data.get("times")).hasSize(121);

    JsonNode suggested = read(given().contentType(ContentType.JSON).body(request(form(), data).toString())
        .when().post(BASE + "/plot").then().statusCode(200).extract().asString());
    List<Double> times = JSON.convertValue(suggested.get("transition_times"), JSON.getTypeFactory()
        .constructCollectionType(List.class, Double.class));
    assertThat(times).startsWith(8.5).endsWith(17.5);
    assertThat(JSON.convertValue(suggested.get("occupancy_times"), List.class)).contains(8.5, 12.5, 13.5, 17.5);

    // the same CO₂ body through the API
    ObjectNode api = JSON.createObjectNode();
    api.set("CO2_data", data);
    api.put("room_volume", "60");
    api.put("total_people", "4");
    api.put("infected_people", "1");
    api.put("exposed_start", "08:30");
    api.put("exposed_finish", "17:30");
    JsonNode apiTimes = read(given().contentType(ContentType.JSON).body(api.toString())
        .when().post("/api/co2/transition_times").then().statusCode(200).extract().asString())
        .at("/results/total_times");
    assertThat(times).hasSize(apiTimes.size());
    for (int i = 0; i < times.size(); i++) {
      assertThat(times.get(i)).isEqualTo(Math.round(apiTimes.get(i).asDouble() * 100) / 100.0);
    }

    ObjectNode fitRequest = request(form(), data);
    fitRequest.putArray("fitting_ventilation_states").add(8.5).add(10.0).add(12.5).add(13.5).add(17.5);
    fitRequest.put("room_capacity", "10");
    JsonNode fit = read(given().contentType(ContentType.JSON).body(fitRequest.toString())
        .when().post(BASE + "/fit").then().statusCode(200).extract().asString());

    api.set("fitting_ventilation_states", fitRequest.get("fitting_ventilation_states"));
    api.put("room_capacity", "10");
    JsonNode expected = read(given().contentType(ContentType.JSON).body(api.toString())
        .when().post("/api/co2/report").then().statusCode(200).extract().asString()).get("results");
    for (String key : List.of("exhalation_rate", "ventilation_values", "ventilation_ls_values",
        "ventilation_lsp_values", "predictive_CO2", "room_capacity")) {
      assertThat(fit.get(key)).as(key).isEqualTo(expected.get(key));
    }
    assertThat(JSON.convertValue(fit.get("transition_times"), List.class)).containsExactly(8.5, 10.0, 12.5, 13.5,
        17.5, 18.0);
    // the synthetic room: 2 then 6 air changes per hour, 0.5 m³/h per person
    assertThat(fit.get("exhalation_rate").asDouble()).isCloseTo(0.5, within(0.05));
    assertThat(fit.at("/ventilation_values/0").asDouble()).isCloseTo(2, within(0.3));
    assertThat(fit.at("/ventilation_values/1").asDouble()).isCloseTo(6, within(0.6));

    JsonNode stored = fit.get("fitting_result");
    assertThat(stored.has("predictive_CO2")).isFalse();
    assertThat(stored.get("ventilation_values")).isEqualTo(expected.get("ventilation_values"));
    assertThat(stored.get("transition_times")).isEqualTo(fit.get("transition_times"));
    // the measured series and the fitted curve in bucket means for the report's plot (121 samples: 96 buckets)
    JsonNode series = stored.get(FitSeries.KEY);
    assertThat(series.get("measured")).hasSize(FitSeries.MAX_POINTS);
    double[] t = JSON.convertValue(data.get("times"), double[].class);
    double[] c = JSON.convertValue(data.get("CO2"), double[].class);
    double[] p = JSON.convertValue(fit.get("predictive_CO2"), double[].class);
    FitSeries expectedSeries = FitSeries.of(t, c, p);
    assertThat(FitSeries.read(stored)).isEqualTo(expectedSeries);
    // the last bucket by hand: the samples from its start to the end of the series
    double bucketStart = t[0] + (FitSeries.MAX_POINTS - 1) * (t[t.length - 1] - t[0]) / FitSeries.MAX_POINTS;
    double sum = 0;
    int count = 0;
    for (int i = 0; i < t.length; i++) {
      if (t[i] >= bucketStart) {
        sum += c[i];
        count++;
      }
    }
    assertThat(series.get("measured").get(FitSeries.MAX_POINTS - 1).asLong()).isEqualTo(Math.round(sum / count));
    // a plausible fit: no warning
    assertThat(fit.get("checks")).isEmpty();
  }

  /**
   * Ten times the occupants of the room that made the series: the fit explains the CO₂ with a tenth of a person's
   * breath (about 0.05 m³/h), which the answer flags with what to check, in the request's language.
   */
  @Test
  void anImplausibleFitIsFlaggedWithWhatToCheck() {
    JsonNode data = uploaded(SyntheticCo2.csv(HEADER, SyntheticCo2.day()), "day.csv", null).get("CO2_data");
    ObjectNode crowded = form();
    crowded.put("total_people", "40");
    ObjectNode request = request(crowded, data);
    request.putArray("fitting_ventilation_states").add(8.5).add(10.0).add(12.5).add(13.5).add(17.5);
    JsonNode fit = read(given().contentType(ContentType.JSON).body(request.toString())
        .when().post(BASE + "/fit").then().statusCode(200).extract().asString());
    assertThat(fit.get("exhalation_rate").asDouble()).isLessThan(0.1);
    List<String> checks = JSON.convertValue(fit.get("checks"), List.class);
    assertThat(checks).hasSize(2);
    assertThat(checks.get(0)).startsWith("The fitted exhalation rate, 0.0").contains("is below what a person "
        + "breathes out even sitting still (0.41–4.9 m³/h from seated to heavy exercise)");
    assertThat(checks.get(1)).contains("check the room volume, the number of occupants");

    JsonNode fr = read(given().contentType(ContentType.JSON).body(request.toString())
        .when().post(BASE + "/fit?lang=fr").then().statusCode(200).extract().asString());
    assertThat(fr.get("checks").get(0).asText()).startsWith("Le débit d'expiration ajusté, 0,0")
        .contains("(0,41–4,9 m³/h, d'assis à exercice intense)");
  }

  @Test
  void theFitAcceptsFloorAreaTimesCeilingHeight() {
    JsonNode data = uploaded(SyntheticCo2.csv(HEADER, SyntheticCo2.day()), "day.csv", null).get("CO2_data");
    ObjectNode byVolume = request(form(), data);
    byVolume.putArray("fitting_ventilation_states").add(8.5).add(10.0).add(17.5);
    ObjectNode dimensions = form();
    dimensions.put("volume_type", "room_volume_from_dimensions");
    dimensions.put("room_volume", "");
    dimensions.put("floor_area", "20");
    dimensions.put("ceiling_height", "3");
    ObjectNode byDimensions = byVolume.deepCopy();
    byDimensions.set("form", dimensions);
    String a = given().contentType(ContentType.JSON).body(byVolume.toString()).when().post(BASE + "/fit")
        .then().statusCode(200).extract().path("exhalation_rate").toString();
    String b = given().contentType(ContentType.JSON).body(byDimensions.toString()).when().post(BASE + "/")
        .then().statusCode(200).extract().path("exhalation_rate").toString();
    assertThat(b).isEqualTo(a);
  }

  @Test
  void badFilesAre4xxNamingTheFile() {
    given().multiPart("file", "day.csv", SyntheticCo2.csv(new String[] {"Hours", "CO2"}, SyntheticCo2.day()))
        .when().post(BASE + "/data").then().statusCode(400).contentType(containsString("application/json"))
        .body("field", equalTo("file")).body("message", containsString("\"Times\""));
    given().multiPart("file", "day.pdf", new byte[] {1, 2, 3}).when().post(BASE + "/data")
        .then().statusCode(415).body("field", equalTo("file"));
    given().multiPart("file", "day.csv", "Times,CO2\n8,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .when().post(BASE + "/data").then().statusCode(400).body("message", containsString("row 2"));
    given().multiPart("file", "day.csv", new byte[(int) SensorFiles.MAX_BYTES + 10])
        .when().post(BASE + "/data").then().statusCode(413).body("field", equalTo("file"));
    given().multiPart("form", form().toString()).when().post(BASE + "/data")
        .then().statusCode(400).body("field", equalTo("file"));
    // the morning only does not cover the form's 08:30–17:30
    given().multiPart("file", "am.csv", SyntheticCo2.csv(HEADER, SyntheticCo2.series(8, 12)))
        .multiPart("form", form().toString()).when().post(BASE + "/data")
        .then().statusCode(400).body("field", equalTo("file"))
        .body("message", equalTo("The times of the data file should encompass the entire simulation time (from "
            + "08:30 to 17:30). Got times from 08:00 to 12:00."));
    given().multiPart("file", "am.csv", SyntheticCo2.csv(HEADER, SyntheticCo2.series(8, 12)))
        .multiPart("form", form().toString()).queryParam("lang", "fr").when().post(BASE + "/data")
        .then().statusCode(400).body("message", startsWith("Les heures du fichier de données"));
  }

  @Test
  void badFormValuesAndTransitionTimesAre400NamingTheField() {
    JsonNode data = uploaded(SyntheticCo2.csv(HEADER, SyntheticCo2.day()), "day.csv", null).get("CO2_data");
    ObjectNode noVolume = form();
    noVolume.remove("room_volume");
    given().contentType(ContentType.JSON).body(request(noVolume, data).toString()).when().post(BASE + "/plot")
        .then().statusCode(400).body("field", equalTo("room_volume"));
    ObjectNode badPeople = form();
    badPeople.put("total_people", "many");
    given().contentType(ContentType.JSON).body(request(badPeople, data).toString()).when().post(BASE + "/plot")
        .then().statusCode(400).body("field", equalTo("total_people"))
        .body("message", equalTo("Invalid value for total_people: unable to safely cast it to a non-negative "
            + "integer. Got \"many\"."));
    given().contentType(ContentType.JSON).body(request(badPeople, data).toString()).queryParam("lang", "fr")
        .when().post(BASE + "/plot").then().statusCode(400).body("field", equalTo("total_people"))
        .body("message", equalTo("Valeur invalide pour total_people : elle ne peut pas être convertie sans perte "
            + "en un entier positif ou nul. Reçu : \"many\"."));
    ObjectNode badArea = form();
    badArea.put("volume_type", "room_volume_from_dimensions");
    badArea.put("floor_area", "-2");
    badArea.put("ceiling_height", "3");
    given().contentType(ContentType.JSON).body(request(badArea, data).toString()).header("Accept-Language", "fr")
        .when().post(BASE + "/plot").then().statusCode(400).body("field", equalTo("floor_area"))
        .body("message", equalTo("floor_area doit être un nombre strictement positif. Reçu : -2."));

    ObjectNode oneTime = request(form(), data);
    oneTime.putArray("fitting_ventilation_states").add(8.5);
    given().contentType(ContentType.JSON).body(oneTime.toString()).when().post(BASE + "/fit")
        .then().statusCode(400).body("field", equalTo("fitting_ventilation_states"));
    ObjectNode late = request(form(), data);
    late.putArray("fitting_ventilation_states").add(8.5).add(17.75);
    given().contentType(ContentType.JSON).body(late.toString()).when().post(BASE + "/fit")
        .then().statusCode(400).body("field", equalTo("fitting_ventilation_states"))
        .body("message", containsString("17:45"));
    ObjectNode capacity = request(form(), data);
    capacity.putArray("fitting_ventilation_states").add(8.5).add(17.5);
    capacity.put("room_capacity", "-3");
    given().contentType(ContentType.JSON).body(capacity.toString()).when().post(BASE + "/fit")
        .then().statusCode(400).body("field", equalTo("room_capacity"));
    ObjectNode noData = request(form(), JSON.nullNode());
    noData.putArray("fitting_ventilation_states").add(8.5).add(17.5);
    given().contentType(ContentType.JSON).body(noData.toString()).when().post(BASE + "/fit")
        .then().statusCode(400).body("field", equalTo("CO2_data"));

    given().contentType(ContentType.JSON).body("{not json").when().post(BASE + "/fit")
        .then().statusCode(400).contentType(containsString("application/json"))
        .body("message", startsWith("Malformed JSON"));
    given().contentType(ContentType.JSON).body("[]").when().post(BASE + "/plot")
        .then().statusCode(400).contentType(containsString("application/json"));
  }

  @Test
  void theDialogIsOnTheFormInEnglishAndFrench() {
    given().when().get("/calculator").then().statusCode(200)
        .body(containsString("id=\"co2_dialog\""))
        .body(containsString("Fit the ventilation to CO₂ data"))
        .body(containsString("name=\"CO2_fitting_result\""))
        .body(containsString("/calculator/co2-fit/template.xlsx"))
        .body(containsString("/static/js/co2/co2-fit.js"))
        .body(containsString("data-max-kb=\"4096\""))
        .body(containsString("data-msg-file-too-large=\"The data file is larger than 4096 kB.\""));
    given().queryParam("lang", "fr").when().get("/calculator").then().statusCode(200)
        .body(containsString("Ajuster la ventilation aux données de CO₂"))
        .body(containsString("Au plus 4096 ko."));
  }

  @Test
  void templatesMatchWhatTheUploadAccepts() {
    byte[] csv = given().when().get(BASE + "/template.csv").then().statusCode(200)
        .contentType(containsString("text/csv")).header("Content-Disposition", containsString("CO2_template.csv"))
        .extract().asByteArray();
    byte[] xlsx = given().when().get(BASE + "/template.xlsx").then().statusCode(200)
        .contentType(containsString("spreadsheetml")).extract().asByteArray();
    JsonNode fromCsv = uploaded(csv, "CO2_template.csv", form());
    JsonNode fromXlsx = uploaded(xlsx, "CO2_template.xlsx", form());
    assertThat(fromXlsx.get("CO2_data")).isEqualTo(fromCsv.get("CO2_data"));
    assertThat(fromCsv.at("/summary/samples").asInt()).isEqualTo(121);
  }
}
