package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report that does not finish in time gives a friendly page with a retry link, not an error page. */
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
}
