package io.caimira.webapp.form;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Upstream's ARVE sensor fields (spec §2.2, §1.6): the widget is off, but the form carries {@code
 * arve_sensors_option}, {@code sensor_in_use} and {@code humidity} at their defaults, and the server takes them as
 * upstream does: the sensor's humidity and temperature only when {@code arve_sensors_option} is 1.
 */
@QuarkusTest
class SensorFieldsTest {

  private static RequestSpecification post(Map<String, String> fields) {
    RequestSpecification r = given().redirects().follow(false);
    fields.forEach(r::formParam);
    return r;
  }

  /** The inputs the form posted, read back from the report link it was redirected to. */
  private static FormFields submitted(Map<String, String> fields) {
    String location = post(fields).when().post("/calculator/report").then().statusCode(303).extract()
        .header("Location");
    return FormFields.ofQuery(LinkCodec.decode(location.replaceAll(".*[?&]c=", "")));
  }

  /** The room the API models for these inputs. */
  private static JsonNode room(FormFields fields) throws IOException {
    String body = given().contentType(ContentType.JSON).body(fields.with("seed", "7").toInput().toString())
        .when().post("/api/virus/report").then().statusCode(200).extract().asString();
    return new ObjectMapper().readTree(body).at("/results/model/room");
  }

  @Test
  void theFormCarriesTheFieldsAtTheirDefaults() {
    String html = given().when().get("/calculator").then().statusCode(200).extract().asString();
    assertThat(html).containsPattern("<input type=\"hidden\" name=\"arve_sensors_option\" id=\"arve_sensors_option\" "
        + "value=\"0\">").contains("<input type=\"hidden\" name=\"sensor_in_use\" id=\"sensor_in_use\" value=\"\">",
        "<input type=\"hidden\" name=\"humidity\" id=\"humidity\" value=\"\">");
  }

  @Test
  void withoutSensorsTheHumidityComesFromTheHeating() throws IOException {
    Map<String, String> f = FormServerErrorsTest.valid();
    f.putAll(Map.of("arve_sensors_option", "0", "sensor_in_use", "", "humidity", "0.8", "inside_temp", "300"));
    FormFields sent = submitted(f);
    assertThat(sent.values()).containsEntry("arve_sensors_option", "0").containsEntry("humidity", "0.8");
    JsonNode room = room(sent);
    assertThat(room.at("/humidity/mean").asDouble()).isEqualTo(0.5);
    assertThat(room.at("/inside_temperature/values/0").asDouble()).isEqualTo(293.0);
  }

  @Test
  void withSensorsTheirHumidityAndTemperatureAreUsed() throws IOException {
    Map<String, String> f = FormServerErrorsTest.valid();
    f.putAll(Map.of("arve_sensors_option", "1", "sensor_in_use", "R-17", "humidity", "0.65", "inside_temp", "296"));
    FormFields sent = submitted(f);
    assertThat(sent.values()).containsEntry("arve_sensors_option", "1").containsEntry("sensor_in_use", "R-17")
        .containsEntry("humidity", "0.65");
    JsonNode room = room(sent);
    assertThat(room.at("/humidity/mean").asDouble()).isEqualTo(0.65);
    assertThat(room.at("/inside_temperature/values/0").asDouble()).isEqualTo(296.0);
  }

  @Test
  void aSensorHumidityOutsideZeroToOneIsShownAtItsField() {
    Map<String, String> f = FormServerErrorsTest.valid();
    f.putAll(Map.of("arve_sensors_option", "1", "humidity", "1.5"));
    post(f).when().post("/calculator/report").then().statusCode(400).body(containsString("data-field=\"humidity\""))
        .body(containsString("The humidity should be a number between 0 and 1 when arve_sensors_option is set."));
  }
}
