package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report page's content for the main kinds of input, against the API's numbers for the same input and seed. */
@QuarkusTest
class ReportPageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Document page(Map<String, String> fields) {
    var response = given().when().get(ReportCases.link(fields)).then().extract();
    Document doc = Jsoup.parse(response.asString());
    assertThat(response.statusCode()).as(() -> doc.select(".alert").text()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/html");
    return doc;
  }

  static JsonNode api(Map<String, String> fields) {
    return api(fields, "/api/virus/report");
  }

  /** The API's results of the inputs, posted to {@code path} (which may have a query). */
  static JsonNode api(Map<String, String> fields, String path) {
    var body = io.caimira.webapp.form.FormFields.ofQuery(ReportCases.query(fields)).toInput();
    String answer = given().contentType(ContentType.JSON).body(body.toString()).when().post(path)
        .then().statusCode(200).extract().asString();
    try {
      return JSON.readTree(answer).path("results");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonNode series(Document doc) throws IOException {
    return JSON.readTree(doc.getElementById("report-data").data());
  }

  /**
   * The open theme says what the probability means: a level label (CERN's limits by default), the probability as a
   * natural frequency, the limits; in English and French.
   */
  @Test
  void openThemeInterpretsTheProbability() {
    Map<String, String> office = ReportCases.office();
    Document doc = page(office);
    JsonNode api = api(office).path("groups").path("group_1");
    double p = api.path("prob_inf").asDouble();
    RiskLevel level = RiskLevel.of(p, api.path("expected_new_cases").asDouble(), true);
    assertThat(doc.selectFirst(".risk-label").text()).isEqualTo(switch (level) {
      case RED -> "Risk level: high";
      case ORANGE -> "Risk level: elevated";
      case GREEN -> "Risk level: lower";
    });
    // a natural frequency per 100 (the office's P(I) is above 1 %)
    assertThat(p).isGreaterThanOrEqualTo(1);
    assertThat(doc.selectFirst(".risk-meaning").text()).isEqualTo("What this means: if 100 people were exposed as "
        + "in this scenario, about " + Math.round(p) + " of them would be infected (the model's mean).");
    assertThat(doc.selectFirst(".risk-scale").text()).isEqualTo("Levels on this calculator: lower below 2 %, "
        + "elevated from 2 % to 10 %, high above 10 % or when 1 or more new cases are expected.");
    Document fr = Jsoup.parse(given().when().get(ReportCases.link(office) + "&lang=fr").then().statusCode(200)
        .extract().asString());
    assertThat(fr.selectFirst(".risk-meaning").text()).isEqualTo("Ce que cela signifie : si 100 personnes étaient "
        + "exposées comme dans ce scénario, environ " + Math.round(p) + " d'entre elles seraient infectées (moyenne "
        + "du modèle).");
    assertThat(fr.selectFirst(".risk-label").text()).startsWith("Niveau de risque : ");
  }

  /** P(I) is in percent everywhere: the uncertainty title repeats the headline, the histogram's axis is in %. */
  @Test
  void probabilityIsInPercentInTheUncertaintySection() throws IOException {
    Map<String, String> office = ReportCases.office();
    Document doc = page(office);
    String headline = doc.selectFirst(".prob-inf").text();
    assertThat(headline).endsWith("%");
    assertThat(doc.selectFirst(".histogram-title").text()).startsWith("P(I) – mean " + headline + " (standard "
        + "deviation ").endsWith("%)");
    JsonNode api = api(office).path("groups").path("group_1");
    JsonNode group = series(doc).path("groups").get(0);
    assertThat(group.path("mean").asDouble()).isCloseTo(api.path("prob_inf").asDouble(), within(1e-4));
    JsonNode bins = group.path("histogram").path("bins");
    // the edges in % (the API's fractions × 100, to the page's 6 significant digits)
    assertThat(bins.get(bins.size() - 1).asDouble()).isCloseTo(api.path("prob_hist_bins")
        .get(bins.size() - 1).asDouble() * 100, within(1e-3));
    String fr = Jsoup.parse(given().when().get(ReportCases.link(office) + "&lang=fr").then().statusCode(200)
        .extract().asString()).selectFirst(".histogram-title").text();
    assertThat(fr).startsWith("P(I) – moyenne ").contains("\u202F%", "écart type");
    // the note under the alternative scenarios says what the plot shows: the infected's mask lowers the concentration
    assertThat(doc.text()).contains("Masks act twice: the infected person's mask holds back part of what they "
        + "breathe out, which lowers the concentration in the room").doesNotContain("not the concentration");
  }

  @Test
  void plainOfficeShowsEveryCardWithTheApisNumbers() throws IOException {
    Map<String, String> office = ReportCases.office();
    Document doc = page(office);
    JsonNode api = api(office).path("groups").path("group_1");
    Element p = doc.selectFirst(".prob-inf");
    assertThat(p.attr("data-group")).isEqualTo("group_1");
    assertThat(Double.parseDouble(p.attr("data-value"))).isCloseTo(api.path("prob_inf").asDouble(), within(1e-12));
    assertThat(Double.parseDouble(doc.selectFirst(".expected-cases").attr("data-value")))
        .isCloseTo(api.path("expected_new_cases").asDouble(), within(1e-12));
    assertThat(p.text()).isEqualTo(ReportFormat.nonZeroPercentage(api.path("prob_inf").asDouble(),
        java.util.Locale.ENGLISH));
    assertThat(doc.title()).contains("Report – Office test");
    assertThat(doc.getElementById("report-created").text()).matches(
        "Created \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d:\\d\\d UTC using CAiMIRA calculator version v4\\.19\\.0 "
            + "\\(CAiMIRA-J [^)]+\\)\\. Data version: default\\.");
    assertThat(doc.select(".summary-long-range").text()).contains("the probability of one exposed occupant "
        + "getting infected is " + p.text()).contains("*.");
    assertThat(doc.select(".summary-short-range")).isEmpty();
    assertThat(doc.text()).contains("doi.org/10.1098/rsfs.2021.0076");
    // the plots and their data: no raw samples in the page
    assertThat(doc.select("#plot-concentration-g0, #plot-histogram-g0, #plot-alternatives, #plot-co2")).hasSize(4);
    JsonNode data = series(doc);
    assertThat(data.path("groups").get(0).path("histogram").path("counts")).hasSize(100);
    assertThat(data.path("groups").get(0).path("histogram").path("bins")).hasSize(101);
    assertThat(data.path("times").size()).isEqualTo(data.path("groups").get(0).path("doses").size());
    assertThat(doc.html()).doesNotContain("prob_dist");
    // alternative scenarios (no ventilation, no masks: "Neither ventilation nor masks" equals the current one)
    List<String> scenarios = doc.select(".scenario-row").eachAttr("data-scenario");
    assertThat(scenarios).containsExactly("Current scenario", "No ventilation with Type I masks");
    assertThat(doc.select(".scenario-row").first().selectFirst(".scenario-probability").attr("data-value"))
        .isEqualTo(p.attr("data-value"));
    // input data, link card with QR code and short link, export dialog, no CERN rules tab
    assertThat(doc.getElementById("pane-input").text()).contains("Office test", "1/1-001", "60.0 m³",
        "No ventilation", "12:30–13:30", "Office: seated", "January");
    String shortLink = doc.getElementById("short-link").attr("href");
    // URL-safe Base64: no "/" or "+" that a server or proxy could rewrite
    assertThat(shortLink).matches("http://[^/]+/_c/[A-Za-z0-9_-]+");
    // the same fields and values (the compact link gives them back in its list's order)
    assertThat(io.caimira.webapp.form.FormFields.ofQuery(LinkCodec.decode(shortLink.substring(
        shortLink.indexOf("/_c/") + 4))).values())
        .isEqualTo(io.caimira.webapp.form.FormFields.ofQuery(ReportCases.query(office)).values());
    assertThat(doc.select("#qr-link svg.qr-code path")).hasSize(1);
    assertThat(doc.select(".print-qr svg")).hasSize(1);
    assertThat(doc.getElementById("csv-download")).isNotNull();
    assertThat(doc.getElementById("tab-rules")).isNull();
    assertThat(doc.select(".conditional-link").attr("href")).startsWith("/calculator/report?c=");
  }

  @Test
  void naturalVentilationNamesTheWeatherStationInTheInputData() {
    Map<String, String> windows = ReportCases.office();
    windows.put("ventilation_type", "natural_ventilation");
    windows.put("window_type", "window_sliding");
    windows.put("window_opening_regime", "windows_open_permanently");
    windows.put("windows_number", "1");
    windows.put("window_height", "1.6");
    windows.put("opening_distance", "0.2");
    String station = api(windows).path("model").path("weather_station").asText();
    assertThat(station).isEqualTo("Geneva (built-in monthly climatology)");
    assertThat(page(windows).text()).contains("Outside temperatures (natural ventilation) " + station);
    // without natural ventilation there is no such line
    assertThat(page(ReportCases.office()).text()).doesNotContain("Outside temperatures (natural ventilation)");
  }

  /**
   * Sydney in January: the built-in Geneva climatology is named with its distance as not this place's climate
   * (here and in the API's weather_station); with the user's own temperatures the model uses those (the API's
   * probability for the same input) and the report says so, in English and French.
   */
  @Test
  void aDistantLocationIsFlaggedAndTheUsersTemperaturesAreUsed() {
    Map<String, String> sydney = ReportCases.office();
    sydney.put("location_name", "Sydney, AUS");
    sydney.put("location_latitude", "-33.8688");
    sydney.put("location_longitude", "151.2093");
    sydney.put("ventilation_type", "natural_ventilation");
    sydney.put("window_type", "window_sliding");
    sydney.put("window_opening_regime", "windows_open_permanently");
    sydney.put("windows_number", "1");
    sydney.put("window_height", "1.6");
    sydney.put("opening_distance", "0.2");
    assertThat(api(sydney).path("model").path("weather_station").asText())
        .isEqualTo("Geneva (built-in monthly climatology), 16774 km from the location");
    assertThat(page(sydney).text()).contains("Outside temperatures (natural ventilation) Geneva (built-in monthly "
        + "climatology), 16,774 km from the location: not this place's climate");

    sydney.put("outside_temp_min", "19");
    sydney.put("outside_temp_max", "26");
    Document own = page(sydney);
    JsonNode api = api(sydney);
    assertThat(api.path("model").path("weather_station").asText())
        .isEqualTo("user-provided outside temperatures (daily minimum 19.0 °C, maximum 26.0 °C)");
    assertThat(Double.parseDouble(own.selectFirst(".prob-inf").attr("data-value")))
        .isCloseTo(api.path("groups").path("group_1").path("prob_inf").asDouble(), within(1e-12));
    assertThat(own.text()).contains("Outside temperatures (natural ventilation) your values: daily minimum 19.0 °C, "
        + "maximum 26.0 °C");
    String fr = Jsoup.parse(given().when().get(ReportCases.link(sydney) + "&lang=fr").then().statusCode(200)
        .extract().asString()).text();
    assertThat(fr).contains("Températures extérieures (ventilation naturelle) vos valeurs : minimum journalier "
        + "19,0 °C, maximum 26,0 °C");
  }

  @Test
  void twoSpeakingInteractionsGiveBothBubblesAndTheirShading() throws IOException {
    Map<String, String> sr = ReportCases.shortRange();
    Document doc = page(sr);
    JsonNode api = api(sr).path("groups").path("group_1");
    assertThat(Double.parseDouble(doc.selectFirst(".prob-inf").attr("data-value")))
        .isCloseTo(api.path("prob_inf").asDouble(), within(1e-12));
    assertThat(Double.parseDouble(doc.selectFirst(".prob-inf-long-range").attr("data-value")))
        .isCloseTo(api.path("long_range_prob").asDouble(), within(1e-12));
    assertThat(doc.select(".pi-box")).hasSize(2);
    assertThat(doc.select(".summary-short-range").text()).contains("can go as high as "
        + doc.selectFirst(".prob-inf").text());
    assertThat(doc.select(".zoom-toggle")).hasSize(1);
    assertThat(doc.select(".long-range-toggle")).hasSize(1);
    JsonNode group = series(doc).path("groups").get(0);
    assertThat(group.path("shortRange")).hasSize(1);
    assertThat(group.path("shortRange").get(0).path("intervals")).hasSize(2);
    assertThat(group.path("zoomed").size()).isEqualTo(series(doc).path("times").size());
    // alternatives are not shown with short range
    assertThat(doc.select(".scenario-row")).isEmpty();
    assertThat(doc.getElementById("pane-input").text()).contains("Speaking, from 10:30 for 30 minutes",
        "Speaking, from 14:00 for 15 minutes");
  }

  @Test
  void probabilisticExposureWorksWithAndWithoutShortRange() {
    Map<String, String> plain = ReportCases.probabilistic(ReportCases.office());
    Document doc = page(plain);
    JsonNode api = api(plain).path("groups").path("group_1");
    Element p = doc.selectFirst(".prob-probabilistic");
    assertThat(Double.parseDouble(p.attr("data-value")))
        .isCloseTo(api.path("prob_probabilistic_exposure").asDouble(), within(1e-12));
    assertThat(doc.select(".summary-probabilistic").text()).contains("1 occupant is infected",
        "circulating in Geneva, CHE", "event with 10 occupants", p.text());

    Document sr = page(ReportCases.probabilistic(ReportCases.shortRange()));
    assertThat(sr.select(".probabilistic-long-range").text()).contains("without short-range interactions");
    assertThat(sr.select(".probabilistic-short-range").text()).contains("short-range interactions occur");
  }

  @Test
  void occupancyGroupsHaveOneResultCardEach() throws IOException {
    Map<String, String> occupancy = ReportCases.occupancy();
    Document doc = page(occupancy);
    JsonNode api = api(occupancy).path("groups");
    assertThat(doc.select(".prob-inf").eachAttr("data-group")).containsExactly("group_A", "group_B");
    for (Element p : doc.select(".prob-inf")) {
      assertThat(Double.parseDouble(p.attr("data-value")))
          .isCloseTo(api.path(p.attr("data-group")).path("prob_inf").asDouble(), within(1e-12));
    }
    assertThat(doc.select("h2").eachText()).contains("Results – group_A", "Results – group_B");
    assertThat(doc.select(".scenario-row")).isEmpty();
    assertThat(series(doc).path("groups")).hasSize(2);

    // the calculator refuses the probabilistic exposure with groups: the form shows why
    given().when().get(ReportCases.link(ReportCases.probabilistic(occupancy))).then().statusCode(400)
        .body(org.hamcrest.Matchers.containsString("cannot be combined with occupancy groups"));
  }

  @Test
  void conditionalProbabilityIsPlottedFromItsData() throws IOException {
    Document office = page(ReportCases.office());
    String link = office.selectFirst(".conditional-link").attr("href");
    String html = given().when().get(link).then().statusCode(200).extract().asString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("#plot-conditional-g0")).hasSize(1);
    assertThat(doc.select(".conditional-link")).isEmpty();
    JsonNode conditional = series(doc).path("groups").get(0).path("conditional");
    assertThat(conditional.path("viralLoads")).hasSize(100);
    assertThat(conditional.path("means")).hasSize(100);
    // same numbers as a link built with the field set directly
    assertThat(doc.selectFirst(".prob-inf").attr("data-value"))
        .isEqualTo(page(ReportCases.conditional()).selectFirst(".prob-inf").attr("data-value"));
  }

  /**
   * The viral-load histogram (150 bins over log10 2–10, as upstream's panel ii) and the P(I) distribution (30 bins
   * over its range, panel iii) count the API's samples of the same input and seed: expected counts by a plain
   * floor of each sample's position, exact (a sample within rounding of an edge is improbable at 250 000 samples).
   */
  @Test
  void uncertaintyHistogramsCountTheApisSamples() throws IOException {
    Map<String, String> conditional = ReportCases.conditional();
    JsonNode series = series(page(conditional)).path("groups").get(0).path("conditional");
    JsonNode api = api(conditional, "/api/virus/report?include_samples=true").path("groups").path("group_1");

    JsonNode viralLoad = series.path("viralLoadHistogram");
    assertThat(viralLoad.path("edges")).hasSize(151);
    assertThat(viralLoad.path("edges").get(0).asDouble()).isEqualTo(2);
    assertThat(viralLoad.path("edges").get(150).asDouble()).isEqualTo(10);
    long[] expected = new long[150];
    for (JsonNode v : api.path("conditional_probability_data").path("log10_vl_in_sputum")) {
      double x = v.asDouble();
      if (x >= 2 && x <= 10) {
        expected[Math.min(149, (int) Math.floor((x - 2) / (8.0 / 150)))]++;
      }
    }
    assertThat(longs(viralLoad.path("counts"))).containsExactly(expected);

    JsonNode distribution = series.path("probabilityHistogram");
    JsonNode samples = api.path("prob_dist");
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (JsonNode p : samples) {
      min = Math.min(min, p.asDouble());
      max = Math.max(max, p.asDouble());
    }
    assertThat(distribution.path("counts")).hasSize(30);
    assertThat(java.util.Arrays.stream(longs(distribution.path("counts"))).sum()).isEqualTo(samples.size());
    // edges rounded to 6 significant digits in the page
    assertThat(distribution.path("edges").get(0).asDouble()).isCloseTo(min, within(1e-5 * max));
    assertThat(distribution.path("edges").get(30).asDouble()).isCloseTo(max, within(1e-5 * max));
    assertThat(series.path("meanPercent").asDouble()).isCloseTo(api.path("prob_inf").asDouble(),
        within(1e-5 * api.path("prob_inf").asDouble()));
  }

  private static long[] longs(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asLong();
    }
    return out;
  }

  /**
   * The input data as upstream words it: the variant's name linked to its publication, heating On/Off, the vaccine
   * effectiveness (BNT162b2 primary: 0.660272 in the vaccine table, shown to 1 decimal) and every coffee break's
   * times (one in the 08:30–12:30 morning, one in the 13:30–17:30 afternoon, each starting
   * ⌊(240 − 10) / 2⌋ = 115 minutes into its half-day).
   */
  @Test
  void inputDataNamesTheVariantVaccineEffectivenessAndBreakTimes() {
    Map<String, String> f = ReportCases.office();
    f.put("room_heating_option", "1");
    f.put("vaccine_option", "1");
    f.put("vaccine_type", "BNT162b2_(Pfizer)");
    f.put("exposed_coffee_break_option", "coffee_break_2");
    f.put("exposed_coffee_duration", "10");
    Element input = page(f).getElementById("pane-input");
    Element variant = input.selectFirst("td a[href=https://gitlab.cern.ch/caimira/caimira/-/issues/226]");
    assertThat(variant).isNotNull();
    assertThat(variant.text()).isEqualTo("SARS-CoV-2 (Omicron VOC)");
    assertThat(input.text()).contains("Central heating On", "Vaccine effectiveness 66.0%",
        "2 breaks of 10 minutes: 10:25–10:35, 15:25–15:35");
    String french = given().when().get(ReportCases.link(ReportCases.shortRange()) + "&lang=fr").then()
        .statusCode(200).extract().asString();
    assertThat(Jsoup.parse(french).getElementById("pane-input").text())
        .contains("SARS-CoV-2 (variant préoccupant Omicron)", "Chauffage central Éteint", "Parole, à partir de 10:30",
            "Bureau : assis ; expirations de la personne infectée : parole 33 %, respiration 67 %.");
  }

  @Test
  void frenchReport() {
    String html = given().when().get(ReportCases.link(ReportCases.office()) + "&lang=fr").then().statusCode(200)
        .extract().asString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".summary-long-range").text()).contains("la probabilité qu'un occupant exposé soit infecté");
    assertThat(doc.selectFirst(".prob-inf").text()).contains(",");
    assertThat(doc.getElementById("pane-input").text()).contains("janvier", "Aucune ventilation");
  }

  @Test
  void invalidInputsInTheLinkShowTheForm() {
    Map<String, String> bad = ReportCases.office();
    bad.put("infected_people", "10");
    given().when().get(ReportCases.link(bad)).then().statusCode(400)
        .body(org.hamcrest.Matchers.containsString("data-field=\"infected_people\""));
  }
}
