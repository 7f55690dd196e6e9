package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report that does not finish in time gives a friendly page with a retry link, not an error page; the CO₂ routes,
 * on the same pool and time limit, answer a JSON 504.
 */
@QuarkusTest
@TestProfile(ReportTimeoutTest.TinyTimeLimit.class)
class ReportTimeoutTest {

  /** A report time limit no report can meet. */
  public static class TinyTimeLimit implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("caimira.reports.timeout", "0.001s");
    }
  }

  @Test
  void timeoutPageOffersToTryAgain() {
    String link = ReportCases.link(ReportCases.office());
    given().when().get(link).then().statusCode(503).contentType(containsString("text/html"))
        .header("Retry-After", "30")
        .body(containsString("The report is taking too long"))
        .body(containsString("href=\"" + link + "\""));
  }

  @Test
  void theCo2RoutesAreUnderTheSameTimeLimit() {
    StringBuilder times = new StringBuilder();
    StringBuilder co2 = new StringBuilder();
    for (int i = 0; i <= 120; i++) {
      times.append(i == 0 ? "" : ",").append(8 + i / 12.0);
      co2.append(i == 0 ? "" : ",").append(450 + 10 * (i % 13));
    }
    String body = "{\"form\": {\"calculator_version\": \"4.19.0\", \"volume_type\": \"room_volume_explicit\", "
        + "\"room_volume\": \"60\", \"total_people\": \"4\", \"infected_people\": \"1\", "
        + "\"ventilation_type\": \"from_fitting\", \"exposed_start\": \"08:30\", \"exposed_finish\": \"17:30\"}, "
        + "\"CO2_data\": {\"times\": [" + times + "], \"CO2\": [" + co2 + "]}, "
        + "\"fitting_ventilation_states\": [8.5, 12.5, 17.5]}";
    for (String route : new String[] {"/calculator/co2-fit/plot", "/calculator/co2-fit/fit"}) {
      given().contentType("application/json").body(body).when().post(route).then().statusCode(504)
          .contentType(containsString("application/json"))
          .body("message", containsString("not finished within"));
    }
  }
}
