package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CERN theme, with an EXTRA_PAGES value that cannot be read (ignored with a warning). */
@QuarkusTest
@TestProfile(CernThemeTest.Cern.class)
class CernThemeTest {

  public static class Cern implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("CAIMIRA_THEME", "/scratch/cern_caimira/apps/templates/cern", "EXTRA_PAGES", "[{'url_path': ");
    }
  }

  @Test
  void landingHasTheCernBlockAndNavigation() {
    given().when().get("/").then().statusCode(200).body(containsString("id=\"caimira-at-cern\""))
        .body(containsString("https://hse.cern/covid-19-information"));
    given().header("Accept-Language", "fr").when().get("/").then().body(containsString("CAiMIRA au CERN"));
  }

  @Test
  void everyRouteIsStillThere() {
    given().when().get("/calculator").then().statusCode(200);
    given().when().get("/expert-app").then().statusCode(200);
    given().redirects().follow(false).when().get("/calculator/baseline-model/result").then().statusCode(302);
  }
}
