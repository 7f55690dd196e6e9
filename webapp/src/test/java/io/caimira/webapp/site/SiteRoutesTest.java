package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The site's routes with the default settings (upstream's UI tests that apply, and ours). */
@QuarkusTest
class SiteRoutesTest {
  @TestHTTPResource("/")
  URL root;

  @Test
  void landingHasTheIntroductionLinksReferencesAndNoCernBlock() {
    String page = given().when().get("/").then().statusCode(200).extract().asString();
    assertThat(page).contains("href=\"/calculator\"", "https://caimira.docs.cern.ch",
        "https://doi.org/10.1098/rsfs.2021.0076", "https://doi.org/10.1016/j.buildenv.2022.109166",
        "https://doi.org/10.5281/zenodo.6520431", "Acknowledgements", "href=\"/calculator/compare\"",
        "href=\"/expert-app\"", "class=\"nav-link active\" aria-current=\"page\" href=\"/\"");
    assertThat(page).doesNotContain("caimira-at-cern", "COVID information");
    given().when().get("/calculator/compare").then().body(containsString("class=\"dropdown-item active\" "
        + "aria-current=\"page\" href=\"/calculator/compare\""));
  }

  @Test
  void upstreamBasicRoutes() {
    given().when().get("/").then().statusCode(200);
    given().when().get("/calculator").then().statusCode(200);
    given().when().get("/calculator/").then().statusCode(200);
    given().when().get("/doesnt-exist").then().statusCode(404)
        .body(containsString("Unfortunately the page you are looking for does not exist."));
  }

  @Test
  void shortLinkRedirectsToTheFilledForm() {
    String args = "exposed_coffee_break_option=coffee_break_4&simulation_name=Test+%231&room_volume=75";
    String data = LinkCodec.encodeStandard(args);
    given().redirects().follow(false).when().get("/_c/" + data).then().statusCode(302)
        .header("Location", endsWith("/calculator?" + args));
    // the form the link leads to
    given().when().get("/calculator?" + args).then().statusCode(200);
  }

  @Test
  void shortLinkDataMayHoldEveryBase64Character() {
    String args = null;
    String data = "";
    for (int i = 0; !(data.contains("/") && data.contains("+") && data.endsWith("=")); i++) {
      args = "simulation_name=Office+" + i + "&room_volume=" + (60 + i);
      data = LinkCodec.encodeStandard(args);
    }
    given().redirects().follow(false).urlEncodingEnabled(false).when().get("/_c/" + data).then().statusCode(302)
        .header("Location", endsWith("/calculator?" + args));
  }

  @Test
  void upstreamShortLinkWithADoubleSlashIsReadAsSent() throws Exception {
    // standard Base64 can hold "//", which the server's path normalisation would merge (seen as a 400 for a
    // report's own link opened in Chromium); the route reads the raw path. java.net.http sends the path as given
    // (RestAssured would merge the slashes itself).
    String args = null;
    String data = "";
    for (int i = 0; !data.contains("//"); i++) {
      args = "simulation_name=Office+" + i + "&room_volume=" + (60 + i) + "&total_people=" + (i % 97);
      data = LinkCodec.encodeStandard(args);
    }
    String escaped = data.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D");
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String sent : List.of(data, escaped)) {
      HttpResponse<Void> response = client.send(
          HttpRequest.newBuilder(root.toURI().resolve("_c/" + sent)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(response.statusCode()).as(sent).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/calculator?" + args);
    }
  }

  @Test
  void aHostileShortLinkIsRefusedQuickly() throws Exception {
    // a zlib bomb with a wrong checksum and ~100 slashes, three "lost": the old repair ran for hours
    String data = io.caimira.webapp.links.HostileLinks.hostileLink(96);
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    long start = System.nanoTime();
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(root.toURI().resolve("_c/" + data)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat((System.nanoTime() - start) / 1e9).as("seconds to refuse").isLessThan(10);
  }

  @Test
  void aShortLinkLongerThanAnAddressOnceDecodedIsRefusedNotRedirected() {
    // 10 000 characters of query in a link of about a hundred: the redirect would carry them to a 414
    String data = LinkCodec.encode("simulation_name=" + "a".repeat(10_000));
    assertThat(data.length()).isLessThan(200);
    given().redirects().follow(false).when().get("/_c/" + data).then().statusCode(400)
        .body(containsString("holds more data than an address of this server may carry"));
  }

  @Test
  void brokenShortLinkIsA400PageWithUpstreamsMessage() {
    given().when().get("/_c/invalid-data").then().statusCode(400).contentType(containsString("text/html"))
        .body(containsString("Invalid calculator data: it seems incomplete. Was there an error copying &amp; "
            + "pasting the URL?"));
    String truncated = LinkCodec.encodeStandard("simulation_name=x&room_volume=75").substring(0, 12);
    given().header("Accept-Language", "fr").when().get("/_c/" + truncated).then().statusCode(400)
        .body(containsString("Données du calculateur invalides"));
  }

  @Test
  void baselineModelGivesItsBookmarkableReport() {
    String location = given().redirects().follow(false).when().get("/calculator/baseline-model/result")
        .then().statusCode(302).extract().header("Location");
    assertThat(location).contains("/calculator/report?c=");
    String query = LinkCodec.decode(location.substring(location.indexOf("?c=") + 3));
    assertThat(query).contains("room_volume=75", "ventilation_type=natural_ventilation", "event_month=January",
        "virus_type=SARS_CoV_2", "seed=1");
    given().when().get("/calculator/baseline-model/result").then().statusCode(200)
        .contentType(containsString("text/html")).body(not(containsString("CERN HSE")));
  }

  @Test
  void aReportDoesNotBlockAConcurrentFormRequest() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    // the baseline report, and four of them compared on one page (a longer computation, for a safe margin)
    String baseline = given().redirects().follow(false).when().get("/calculator/baseline-model/result").then()
        .extract().header("Location").replaceAll(".*[?&]c=", "");
    for (String path : List.of("calculator/baseline-model/result",
        "calculator/compare?c=" + baseline + "&c=" + baseline + "&c=" + baseline + "&c=" + baseline)) {
      CompletableFuture<HttpResponse<String>> report = client.sendAsync(
          HttpRequest.newBuilder(URI.create(root + path)).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(root + "calculator/")).build(),
          HttpResponse.BodyHandlers.ofString());
      boolean reportDoneBeforeForm = report.isDone();
      assertThat(form.statusCode()).isEqualTo(200);
      assertThat(report.get().statusCode()).isEqualTo(200);
      if (path.contains("compare")) {
        assertThat(reportDoneBeforeForm).as("the form was answered while the reports were computed").isFalse();
      }
    }
  }

  @Test
  void expertAppNotice() {
    given().when().get("/expert-app").then().statusCode(200)
        .body(containsString("CAiMIRA expert apps currently deactivated"))
        .body(containsString("href=\"/calculator\""));
    given().header("Accept-Language", "fr").when().get("/expert-app").then().statusCode(200)
        .body(containsString("Applications expertes CAiMIRA actuellement désactivées"));
  }

  @Test
  void profilerIsAbsentUnlessEnabled() {
    given().header("X-Caimira-Admin", "true").when().get("/profiler").then().statusCode(404);
  }

  @Test
  void errorPagesGiveAReferenceAndTheUtcTimeInBothLanguages() {
    given().when().get("/test-failure").then().statusCode(500).contentType(containsString("text/html"))
        .body(containsString("Unfortunately an error occurred when processing your request"))
        .body(containsString("id=\"error-reference\""))
        .body(org.hamcrest.Matchers.matchesPattern(
            "(?s).*Error 500, reference [0-9a-f-]{36}, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC.*"));
    given().cookie("caimira_lang", "fr").when().get("/test-failure").then().statusCode(500)
        .body(containsString("Malheureusement, une erreur s&#39;est produite"));
    given().header("Accept-Language", "fr").when().get("/nothing-here").then().statusCode(404)
        .body(containsString("la page que vous cherchez n&#39;existe pas"));
    given().when().delete("/calculator").then().statusCode(405).contentType(containsString("text/html"))
        .body(containsString("Method not allowed"));
  }
}
