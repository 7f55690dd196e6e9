package io.caimira.webapp.form;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A submission the server rejects shows the form again (400, HTML) with the message, the name of the field it
 * concerns (the page's script puts the message next to it) and every submitted value, never JSON. The form's own
 * rules are checked by the server with the form's messages; the calculator's rules follow.
 */
@QuarkusTest
class FormServerErrorsTest {

  /** A valid single-group office submission. */
  static Map<String, String> valid() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("calculator_version", "4.19.0");
    f.put("simulation_name", "Server checks");
    f.put("room_number", "1/1-001");
    f.put("volume_type", "room_volume_explicit");
    f.put("room_volume", "60");
    f.put("total_people", "10");
    f.put("infected_people", "1");
    f.put("location_name", "Geneva, CHE");
    f.put("location_latitude", "46.20833");
    f.put("location_longitude", "6.14275");
    f.put("inside_temp", "293");
    return f;
  }

  private static RequestSpecification post(Map<String, String> fields) {
    RequestSpecification r = given().redirects().follow(false);
    fields.forEach(r::formParam);
    return r;
  }

  private static void rejected(Map<String, String> fields, String field, String message) {
    post(fields).when().post("/calculator/report").then().statusCode(400)
        .contentType(containsString("text/html"))
        .body(allOf(containsString("data-field=\"" + field + "\""), containsString(message),
            containsString("href=\"#" + field + "\""),
            containsString("&quot;simulation_name&quot;:&quot;Server checks&quot;")));
  }

  @Test
  void validSubmissionRedirectsToTheReport() {
    post(valid()).when().post("/calculator/report").then().statusCode(303)
        .header("Location", containsString("/calculator/report?c="));
  }

  @Test
  void inputsTooLongForTheReportAddressAreRefusedOnTheForm() {
    // three texts of 1000 random CJK characters each: within each field's limit, but their compressed link is
    // longer than the 4096 characters a request URI may have (caimira.http.max-uri-length), so the redirect
    // would end in a 414
    java.util.Random random = new java.util.Random(7);
    Map<String, String> f = valid();
    for (String key : new String[] {"simulation_name", "room_number", "location_name"}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 1000; i++) {
        text.append((char) (0x4E00 + random.nextInt(0x5000)));
      }
      f.put(key, text.toString());
    }
    String utf8 = "application/x-www-form-urlencoded; charset=UTF-8";
    post(f).contentType(utf8).when().post("/calculator/report").then().statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("too long for the report&#39;s address (at most 4096 characters)"));
    post(f).contentType(utf8).header("Accept-Language", "fr").when().post("/calculator/report").then().statusCode(400)
        .body(containsString("trop longues pour l&#39;adresse du rapport"));
  }

  @Test
  void nonPositiveVolume() {
    Map<String, String> f = valid();
    f.put("room_volume", "0");
    rejected(f, "room_volume", "Value must be &gt; 0");
  }

  @Test
  void trainingWithSeveralInfected() {
    Map<String, String> f = valid();
    f.put("activity_type", "training");
    f.put("infected_people", "2");
    rejected(f, "infected_people", "Conference/Training activities limited to 1 infected person.");
  }

  @Test
  void periodicOpeningLongerThanItsPeriod() {
    Map<String, String> f = valid();
    f.put("ventilation_type", "natural_ventilation");
    f.put("windows_number", "1");
    f.put("window_height", "1.5");
    f.put("opening_distance", "0.2");
    f.put("window_type", "window_sliding");
    f.put("window_opening_regime", "windows_open_periodically");
    f.put("windows_duration", "60");
    f.put("windows_frequency", "60");
    rejected(f, "windows_duration", "Duration &gt;= Frequency");
  }

  @Test
  void finishBeforeStart() {
    Map<String, String> f = valid();
    f.put("exposed_start", "10:00");
    f.put("exposed_finish", "09:00");
    rejected(f, "exposed_finish", "Finish time must be after start");
  }

  @Test
  void lunchOutsidePresence() {
    Map<String, String> f = valid();
    f.put("exposed_start", "13:00");
    f.put("exposed_finish", "17:00");
    f.put("exposed_lunch_option", "1");
    rejected(f, "exposed_lunch_start", "Lunch break must be within presence times");
  }

  @Test
  void moreCasesThanPopulation() {
    Map<String, String> f = valid();
    f.put("exposure_option", "p_probabilistic_exposure");
    f.put("geographic_population", "100");
    f.put("geographic_cases", "200");
    rejected(f, "geographic_cases", "Cases &gt; Population");
  }

  @Test
  void overlappingShortRangeInteractions() {
    Map<String, String> f = valid();
    f.put("short_range_option", "short_range_yes");
    f.put("short_range_occupants", "2");
    f.put("short_range_interactions", "{\"group_1\": [{\"expiration\": \"Speaking\", \"start_time\": \"10:00\", "
        + "\"duration\": 30}, {\"expiration\": \"Breathing\", \"start_time\": \"10:15\", \"duration\": 15}]}");
    rejected(f, "short_range_interactions", "Time overlap.");
  }

  @Test
  void shortRangeOccupantsAboveTheExposed() {
    Map<String, String> f = valid();
    f.put("short_range_option", "short_range_yes");
    f.put("short_range_occupants", "10");
    f.put("short_range_interactions",
        "{\"group_1\": [{\"expiration\": \"Speaking\", \"start_time\": \"10:00\", \"duration\": 30}]}");
    rejected(f, "short_range_occupants", "Value must be less or equal than the number of exposed people.");
  }

  @Test
  void missingLocation() {
    Map<String, String> f = valid();
    f.put("location_name", "");
    rejected(f, "location_name", "Please select a location");
  }

  @Test
  void unknownVaccineIsTheCalculatorsMessage() {
    Map<String, String> f = valid();
    f.put("vaccine_option", "1");
    f.put("vaccine_type", "Elixir");
    rejected(f, "vaccine_type", "is not a valid value for vaccine_type");
  }

  @Test
  void frenchPageKeepsTheFieldAndValues() {
    Map<String, String> f = valid();
    f.put("room_volume", "-3");
    post(f).queryParam("lang", "fr").when().post("/calculator/report").then().statusCode(400)
        .body(allOf(containsString("<html lang=\"fr\""), containsString("data-field=\"room_volume\""),
            containsString("La valeur doit être &gt; 0"),
            containsString("&quot;room_volume&quot;:&quot;-3&quot;")));
  }

  /** The text as the page's HTML shows it (Qute escapes these characters). */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void theCalculatorsMessageIsInThePagesLanguage() {
    Map<String, String> f = valid();
    f.put("vaccine_option", "1");
    f.put("vaccine_type", "Elixir");
    post(f).cookie("caimira_lang", "fr").when().post("/calculator/report").then().statusCode(400)
        .body(allOf(containsString("<html lang=\"fr\""), containsString("data-field=\"vaccine_type\""),
            containsString(html("Elixir n'est pas une valeur valide pour vaccine_type")),
            containsString("&quot;vaccine_type&quot;:&quot;Elixir&quot;")));
    post(f).cookie("caimira_lang", "en").header("Accept-Language", "fr").when().post("/calculator/report").then()
        .statusCode(400).body(allOf(containsString("<html lang=\"en\""),
            containsString("Elixir is not a valid value for vaccine_type")));
  }

  /**
   * Dynamic occupancy with short-range interactions: the form lets both be chosen, the calculator refuses the
   * combination with a clear message next to the interactions, in the page's language.
   */
  @Test
  void shortRangeInteractionsWithOccupancyGroupsIsAClearMessageInBothLanguages() {
    Map<String, String> f = valid();
    f.put("occupancy", "{\"office\": {\"total_people\": 6, \"infected\": 1, \"presence\": [{\"start_time\": "
        + "\"08:30\", \"finish_time\": \"12:30\"}]}, \"visitors\": {\"total_people\": 3, \"infected\": 0, "
        + "\"presence\": [{\"start_time\": \"10:00\", \"finish_time\": \"11:30\"}]}}");
    f.put("short_range_option", "short_range_yes");
    f.put("short_range_occupants", "2");
    f.put("short_range_interactions",
        "{\"office\": [{\"expiration\": \"Speaking\", \"start_time\": \"09:00\", \"duration\": 20}]}");
    rejected(f, "short_range_interactions",
        "Short-range interactions cannot be combined with occupancy groups (not supported).");
    post(f).queryParam("lang", "fr").when().post("/calculator/report").then().statusCode(400)
        .contentType(containsString("text/html"))
        .body(allOf(containsString("data-field=\"short_range_interactions\""),
            containsString(html("Les interactions à courte distance ne peuvent pas être combinées avec des groupes "
                + "d'occupation (non pris en charge).")),
            containsString("href=\"#short_range_interactions\"")));
  }

  /** An impossible number: the calculator's range message next to the field, in the page's language. */
  @Test
  void impossibleValuesNameTheirRangeInBothLanguages() {
    Map<String, String> f = valid();
    f.put("room_volume", "1e-300");
    rejected(f, "room_volume", html("room_volume must be between 1 and 1e7 m³. Got 1.0E-300."));
    post(f).queryParam("lang", "fr").when().post("/calculator/report").then().statusCode(400)
        .body(allOf(containsString("data-field=\"room_volume\""),
            containsString(html("room_volume doit être compris entre 1 et 1e7 m³. Reçu : 1.0E-300."))));
    Map<String, String> windows = valid();
    windows.put("ventilation_type", "natural_ventilation");
    windows.put("windows_number", "1");
    windows.put("window_height", "1.5");
    windows.put("opening_distance", "0.2");
    windows.put("window_type", "window_sliding");
    windows.put("window_opening_regime", "windows_open_periodically");
    windows.put("windows_duration", "0.000001");
    windows.put("windows_frequency", "0.00001");
    rejected(windows, "windows_frequency", "windows_frequency must be between 1 and 1440 min. Got 1.0E-5.");
  }

  /** A number of 200 000 digits: refused next to its field, the message quoting none of it. */
  @Test
  void aHugeNumberIsRefusedWithAShortMessage() {
    Map<String, String> f = valid();
    f.put("total_people", "9".repeat(200_000));
    rejected(f, "total_people", "Invalid value for total_people: at most 100 characters are allowed. Got &quot;99999");
    post(f).when().post("/calculator/report").then().statusCode(400)
        .body(org.hamcrest.Matchers.not(containsString("Got " + "9".repeat(100))));
  }

  /** The form's number inputs carry the calculator's ranges as min and max. */
  @Test
  void theFormsNumberInputsCarryTheCalculatorsRanges() {
    given().when().get("/calculator").then().statusCode(200).body(allOf(
        containsString("min=\"1\" max=\"1e7\" step=\"any\" id=\"room_volume\""),
        containsString("min=\"-90\" max=\"90\" step=\"any\" id=\"location_latitude\""),
        containsString("min=\"1\" max=\"1440\" step=\"any\" id=\"windows_frequency\"")));
  }
}
