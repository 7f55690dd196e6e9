package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment under {@code /caimira} with the calculator at {@code /mycalc}, a non-CERN theme, two extra pages
 * (one without a template) and the profiler on.
 */
@QuarkusTest
@TestProfile(CustomRootTest.Deployment.class)
class CustomRootTest {

  public static class Deployment implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("APPLICATION_ROOT", "/caimira/", "CAIMIRA_CALCULATOR_PREFIX", "/mycalc",
          "CAIMIRA_THEME", "mytheme", "CAIMIRA_PROFILER_ENABLED", "1",
          "CAIMIRA_PROFILER_CACHE_DIR", System.getProperty("java.io.tmpdir") + "/caimira-test-" + ProcessHandle.current().pid(),
          "EXTRA_PAGES", "[{'url_path': '/info', 'filename': 'test-info.html.j2'}, "
              + "{\"url_path\": \"/missing\", \"filename\": \"nowhere.html\"},]");
    }
  }

  private static RequestSpecification admin() {
    return given().redirects().follow(false).header("X-Caimira-Admin", "true");
  }

  @Test
  void pagesAndLinksLiveUnderTheRootAndPrefix() {
    given().when().get("/caimira/mycalc/").then().statusCode(200).body(containsString("covid_calculator"));
    given().when().get("/caimira/mycalc").then().statusCode(200);
    given().when().get("/caimira/calculator").then().statusCode(404);
    given().when().get("/calculator").then().statusCode(404);
    given().when().get("/caimira/static/css/caimira.css").then().statusCode(200);
    given().when().get("/caimira/_static/bootstrap/dist/css/bootstrap.min.css").then().statusCode(200);
    String landing = given().when().get("/caimira/").then().statusCode(200).extract().asString();
    assertThat(landing).contains("href=\"/caimira/mycalc\"", "href=\"/caimira/mycalc/compare\"",
        "href=\"/caimira/expert-app\"", "href=\"/caimira/static/css/caimira.css\"",
        "src=\"/caimira/_static/bootstrap/dist/js/bootstrap.bundle.min.js\"");
    assertThat(landing).doesNotContain("href=\"/calculator", "caimira-at-cern");
  }

  @Test
  void shortLinksExistOnEveryTheme() {
    String args = "simulation_name=Themed&room_volume=75";
    given().redirects().follow(false).when().get("/caimira/_c/" + LinkCodec.encodeStandard(args)).then()
        .statusCode(302).header("Location", endsWith("/caimira/mycalc?" + args));
    given().when().get("/caimira/_c/invalid-data").then().statusCode(400);
  }

  @Test
  void baselineReportUnderThePrefix() {
    given().redirects().follow(false).when().get("/caimira/mycalc/baseline-model/result").then().statusCode(302)
        .header("Location", containsString("/caimira/mycalc/report?c="));
    given().when().get("/caimira/mycalc/baseline-model/result").then().statusCode(200);
    given().when().get("/caimira/mycalc/compare").then().statusCode(200)
        .body(containsString("action=\"/caimira/mycalc/compare\""));
  }

  @Test
  void extraPagesWithTheirTemplateAreServedAndOthersAre404() {
    given().when().get("/caimira/info").then().statusCode(200).contentType(containsString("text/html"))
        .body(containsString("An extra page of this deployment (info)."))
        .body(containsString("href=\"/caimira/mycalc\""));
    given().when().get("/caimira/missing").then().statusCode(404)
        .body(containsString("Unfortunately the page you are looking for does not exist."));
  }

  @Test
  void profilerOnlyForAdministrators() {
    given().when().get("/caimira/profiler").then().statusCode(403)
        .body(containsString("The profiler is reserved for administrators."));
    given().header("X-Caimira-Admin", "false").when().get("/caimira/profiler").then().statusCode(403);
    given().formParam("action", "start").when().post("/caimira/profiler").then().statusCode(403);
    admin().when().get("/caimira/profiler/20260101-000000-nothing").then().statusCode(404);
    admin().when().get("/caimira/profiler/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
  }

  @Test
  void profilerRoundTrip() throws Exception {
    admin().formParam("action", "clear").when().post("/caimira/profiler").then().statusCode(303);
    admin().formParam("action", "start").formParam("name", "round trip").when().post("/caimira/profiler").then()
        .statusCode(303).header("Location", endsWith("/caimira/profiler"));
    admin().when().get("/caimira/profiler").then().statusCode(200)
        .body(containsString("A recording is running: "));
    given().when().get("/caimira/mycalc/").then().statusCode(200);
    admin().formParam("action", "stop").when().post("/caimira/profiler").then().statusCode(303);
    String page = admin().when().get("/caimira/profiler").then().statusCode(200)
        .body(containsString("No recording is running.")).extract().asString();
    String href = page.replaceAll("(?s).*href=\"(/caimira/profiler/[^\"]+)\" download.*", "$1");
    assertThat(href).matches("/caimira/profiler/\\d{8}-\\d{6}-round_trip");
    byte[] file = admin().when().get(href).then().statusCode(200)
        .header("Content-Disposition", startsWith("attachment")).extract().asByteArray();
    assertThat(new String(file, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("FLR\0");
    // read back: no environment (COOKIE_SECRET...), system properties or command lines
    java.nio.file.Path copy = java.nio.file.Files.createTempFile("caimira-recording", ".jfr");
    try {
      java.nio.file.Files.write(copy, file);
      io.caimira.webapp.pages.RecordingSecrets.assertClean(copy, io.caimira.webapp.pages.RecordingSecrets.planted());
    } finally {
      java.nio.file.Files.deleteIfExists(copy);
    }
    admin().formParam("action", "clear").when().post("/caimira/profiler").then().statusCode(303);
    admin().when().get(href).then().statusCode(404);
    admin().formParam("action", "dance").when().post("/caimira/profiler").then().statusCode(400)
        .body(containsString("Unknown profiler action"));
  }
}
