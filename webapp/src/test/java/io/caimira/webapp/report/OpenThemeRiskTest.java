package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The open theme's interpretation of the probability at a deployment's own thresholds (here 1 %, 5 %, 0.5 cases):
 * a text label under the bubble, what the number means as a natural frequency, and the levels' limits.
 */
@QuarkusTest
@TestProfile(OpenThemeRiskTest.Thresholds.class)
class OpenThemeRiskTest {
  public static class Thresholds implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("CAIMIRA_RISK_THRESHOLDS", "1,5,0.5");
    }
  }

  @Test
  void levelsFollowTheConfiguredThresholds() {
    Map<String, String> office = ReportCases.office();
    Document doc = ReportPageTest.page(office);
    double p = ReportPageTest.api(office).path("groups").path("group_1").path("prob_inf").asDouble();
    double cases = ReportPageTest.api(office).path("groups").path("group_1").path("expected_new_cases").asDouble();
    RiskLevel level = RiskLevel.of(p, cases, true, new RiskThresholds(1, 5, 0.5));
    assertThat(doc.selectFirst(".risk-label").text()).isEqualTo(switch (level) {
      case RED -> "Risk level: high";
      case ORANGE -> "Risk level: elevated";
      case GREEN -> "Risk level: lower";
    });
    assertThat(doc.selectFirst(".pi-bubble").hasClass(level.background())).isTrue();
    assertThat(doc.selectFirst(".risk-scale").text()).isEqualTo("Levels on this calculator: lower below 1 %, "
        + "elevated from 1 % to 5 %, high above 5 % or when 0.5 or more new cases are expected.");
    assertThat(doc.select(".risk-note")).as("CERN's notes stay in the CERN theme").isEmpty();

    Document fr = Jsoup.parse(given().when().get(ReportCases.link(office) + "&lang=fr").then().statusCode(200)
        .extract().asString());
    assertThat(fr.selectFirst(".risk-scale").text()).isEqualTo("Niveaux de ce calculateur : faible en dessous de "
        + "1 %, accru de 1 % à 5 %, élevé au-dessus de 5 % ou quand le nombre attendu de nouveaux cas atteint 0,5.");
  }
}
