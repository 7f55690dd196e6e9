package io.caimira.e2e.load;

import static io.gatling.javaapi.core.CoreDsl.ElFileBody;
import static io.gatling.javaapi.core.CoreDsl.RawFileBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one virtual user does, with the think times of a person: a visitor of the open calculator (form, report)
 * or a client of the REST API (a virus report, then the two CO₂ tools). Every request checks its status and
 * content; the names are those of the statistics.
 */
final class Visits {
  static final String FORM = "form page";
  static final String SUBMIT = "form submit (303)";
  static final String REPORT = "report page";
  static final String STATIC = "static file";
  static final String API_REPORT = "api virus report";
  static final String API_TRANSITIONS = "api co2 transition times";
  static final String API_FIT = "api co2 report";
  /** Every request name, in the order of a visit. */
  static final List<String> REQUESTS = List.of(FORM, STATIC, SUBMIT, REPORT, API_REPORT, API_TRANSITIONS, API_FIT);
  /** The requests that compute a risk report (a Monte-Carlo simulation). */
  static final Set<String> REPORTS = Set.of(REPORT, API_REPORT);

  /** The scenario's name, shown on the report page and in the API's answer. */
  static final String SIMULATION_NAME = "Load test office";
  /** Class-path folder of the API request bodies. */
  static final String BODIES = "io/caimira/e2e/load/";

  private Visits() {}

  /**
   * Opens the form (with its static files), fills it in for 30–90 s, submits it (303 to the report link), reads
   * the report (with its static files) for 20–40 s.
   */
  static ChainBuilder calculatorVisitor(String baseUrl) {
    return exec(http(FORM).get("/calculator-open")
            .check(status().is(200), css("form#covid_calculator").exists()))
        .pause(Duration.ofSeconds(30), Duration.ofSeconds(90))
        .exec(http(SUBMIT).post("/calculator-open/report").header("Origin", baseUrl)
            .formParamMap(officeForm())
            .disableFollowRedirect()
            .check(status().is(303),
                header("Location").transform(location -> URI.create(location).getPath())
                    .is("/calculator-open/report"),
                header("Location").saveAs("report")))
        .exec(http(REPORT).get("#{report}")
            .check(status().is(200), css(".prob-inf", "data-value").exists(), css("#report-data").exists(),
                substring(SIMULATION_NAME).exists()))
        .pause(Duration.ofSeconds(20), Duration.ofSeconds(40));
  }

  /**
   * A virus report (its own seed); 15–30 s later the transition times and the fit of a short CO₂ series; 15–30 s
   * before leaving.
   */
  static ChainBuilder apiClient() {
    return exec(session -> session.set("seed", ThreadLocalRandom.current().nextLong(1L << 53)))
        .exec(http(API_REPORT).post("/api/virus/report").body(ElFileBody(BODIES + "virus-report.json")).asJson()
            .check(status().is(200), jsonPath("$.status").is("success"),
                jsonPath("$.results.groups.group_1.prob_inf").ofDouble().exists()))
        .pause(Duration.ofSeconds(15), Duration.ofSeconds(30))
        .exec(http(API_TRANSITIONS).post("/api/co2/transition_times")
            .body(RawFileBody(BODIES + "co2-transition-times.json")).asJson()
            .check(status().is(200), jsonPath("$.status").is("success"),
                jsonPath("$.results.total_times").exists()))
        .exec(http(API_FIT).post("/api/co2/report").body(RawFileBody(BODIES + "co2-report.json")).asJson()
            .check(status().is(200), jsonPath("$.status").is("success"),
                jsonPath("$.results.exhalation_rate").exists()))
        .pause(Duration.ofSeconds(15), Duration.ofSeconds(30));
  }

  /**
   * The office of the report tests as a person fills it in: 60 m³, windows open all day, 10 people, 1 infected,
   * 08:30–17:30 with lunch, Geneva; no seed (the server draws one, as for a person).
   */
  static Map<String, Object> officeForm() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("calculator_version", "4.19.0");
    f.put("simulation_name", SIMULATION_NAME);
    f.put("room_number", "1/1-001");
    f.put("volume_type", "room_volume_explicit");
    f.put("room_volume", "60");
    f.put("total_people", "10");
    f.put("infected_people", "1");
    f.put("activity_type", "office");
    f.put("ventilation_type", "natural_ventilation");
    f.put("window_type", "window_sliding");
    f.put("window_opening_regime", "windows_open_permanently");
    f.put("windows_number", "1");
    f.put("window_height", "1.6");
    f.put("opening_distance", "0.2");
    f.put("exposed_start", "08:30");
    f.put("exposed_finish", "17:30");
    f.put("infected_start", "08:30");
    f.put("infected_finish", "17:30");
    f.put("exposed_lunch_option", "1");
    f.put("exposed_lunch_start", "12:30");
    f.put("exposed_lunch_finish", "13:30");
    f.put("location_name", "Geneva, CHE");
    f.put("location_latitude", "46.20833");
    f.put("location_longitude", "6.14275");
    f.put("inside_temp", "293");
    return f;
  }
}
