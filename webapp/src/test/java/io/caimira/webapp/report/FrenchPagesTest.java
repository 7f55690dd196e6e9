package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every page in French, checked against the same page in English: a text that reads the same in both (the text of
 * the page, and the attributes people and assistive technology read: aria-label, title, placeholder, alt, and the
 * data-msg-* texts the scripts show) must be a name, a code or a word that French writes the same way (the list
 * below); anything else is English left in the French page, from a bundle, the calculator or the framework. The
 * framework's own error texts must never show.
 */
@QuarkusTest
class FrenchPagesTest {
  /** Texts that are the same in both languages: names, units, codes, and words French writes the same way. */
  private static final Set<String> SAME = Set.of("CAiMIRA", "Menu", "Applications", "Documentation",
      "– Documentation", "Simulation", "Variant", "Vaccination", "Ventilation", "Concentration", "Expiration",
      "Occupants", "Type I", "CSV", "XLSX", "Volume (m³) *", "Latitude (°)", "Longitude (°)", "Concentration (ppm)",
      "Interface Focus", "Building and Environment", "Covishield", "Sinopharm", "Total", "Version", "Source",
      "Transmission", "Options", "Minimum", "Maximum", "Distance", "Occupation", "Ventilation (h⁻¹)", "FFP2",
      "Type I (%)", "ppm", "CO₂ (ppm)", "Omicron", "Delta", "Alpha", "Beta", "Gamma", "SARS-CoV-2");
  /** Names and codes: vaccines, references, addresses, identifiers, the inputs of the test scenarios. */
  private static final List<Pattern> NAMES = List.of(
      Pattern.compile(".*\\((AstraZeneca|Pfizer|Moderna|Janssen|Sinovac|Gamaleya|Beijing CNBG)\\).*"),
      Pattern.compile(".*(doi|https?:|@cern\\.ch|zenodo).*", Pattern.CASE_INSENSITIVE),
      Pattern.compile(".*\\(20\\d\\d\\)\\..*"),
      Pattern.compile("CAiMIRA – CERN Airborne Model for Indoor Risk Assessment\\."),
      Pattern.compile("[\\w.()-]+(_[\\w.()-]+)+( [\\w.()-]+(_[\\w.()-]+)*)*"),
      Pattern.compile("SARS-CoV-2.*"),
      Pattern.compile("(– )?(Office test|Short range test|Fitting test|Geneva, CHE|1/1-001)"));

  private static List<String> units(Document doc) {
    List<String> out = new ArrayList<>();
    doc.select("script, style, template").remove();
    for (Element e : doc.getAllElements()) {
      for (TextNode t : e.textNodes()) {
        String text = t.text().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
          out.add(text);
        }
      }
      e.attributes().forEach(a -> {
        String k = a.getKey();
        if (k.equals("aria-label") || k.equals("title") || k.equals("placeholder") || k.equals("alt")
            || k.startsWith("data-msg-") || (k.startsWith("data-") && e.id().equals("form-texts"))
            || (k.startsWith("data-") && e.id().equals("report-labels"))) {
          String text = a.getValue().strip();
          if (!text.isEmpty()) {
            out.add(text);
          }
        }
      });
    }
    return out;
  }

  private static Document page(String path, String lang, int status) {
    String sep = path.contains("?") ? "&" : "?";
    return Jsoup.parse(given().when().get(path + sep + "lang=" + lang).then().statusCode(status).extract()
        .asString());
  }

  private static boolean allowed(String text) {
    return !text.matches(".*\\p{L}{3}.*") || SAME.contains(text)
        || NAMES.stream().anyMatch(p -> p.matcher(text).matches());
  }

  /** The texts of the French page that read the same in the English page and are not names or shared words. */
  private static Set<String> english(String path, int status) {
    Set<String> en = new LinkedHashSet<>(units(page(path, "en", status)));
    Set<String> left = new LinkedHashSet<>();
    for (String text : units(page(path, "fr", status))) {
      if (en.contains(text) && !allowed(text)) {
        left.add(text);
      }
    }
    return left;
  }

  @Test
  void everyPageIsInFrench() {
    Map<String, String> office = ReportCases.office();
    office.put("ventilation_type", "natural_ventilation");
    office.put("window_type", "window_sliding");
    office.put("window_opening_regime", "windows_open_permanently");
    office.put("windows_number", "1");
    office.put("window_height", "1.6");
    office.put("opening_distance", "0.2");
    office.put("mask_wearing_option", "mask_on");
    Map<String, String> shortRange = ReportCases.shortRange();
    shortRange.put("conditional_probability_viral_loads", "1");
    Map<String, String> fit = ReportCases.fromFitting(10);
    fit.put("CO2_fitting_result", "{\"exhalation_rate\": 0.1, \"ventilation_values\": [1.5, 45, 2.25], "
        + "\"room_capacity\": 10, \"transition_times\": [8.5, 12.5, 13.5, 17.5], \"CO2_series\": {\"start\": 8.75, "
        + "\"step\": 0.5, \"measured\": [420, 610], \"fitted\": [430, 600]}}");
    Map<String, Integer> pages = new LinkedHashMap<>();
    pages.put("/", 200);
    pages.put("/calculator", 200);
    pages.put(ReportCases.link(office), 200);
    pages.put(ReportCases.link(shortRange), 200);
    pages.put(ReportCases.link(fit), 200);
    pages.put("/calculator/compare?c=" + ReportCases.compressed(office) + "&c=" + ReportCases.compressed(fit), 200);
    pages.put("/calculator/compare", 200);
    pages.put("/expert-app", 200);
    pages.put("/does-not-exist", 404);
    pages.put("/calculator/no-such-page", 404);
    pages.put("/calculator/report?c=broken", 400);
    pages.put("/_c/broken", 400);
    Map<String, Set<String>> found = new LinkedHashMap<>();
    pages.forEach((path, status) -> {
      Set<String> left = english(path, status);
      if (!left.isEmpty()) {
        found.put(path.length() > 60 ? path.substring(0, 60) + "…" : path, left);
      }
    });
    assertThat(found).as("English texts in French pages").isEmpty();

    // the plots' data: the alternative scenarios' names (legend, CSV columns) in French too
    Document fr = page(ReportCases.link(office), "fr", 200);
    String data = fr.getElementById("report-data").data();
    assertThat(data).contains("Scénario actuel").doesNotContain("Current scenario", "without masks",
        "with Type I masks", "nor masks");
  }

  @Test
  void theFrameworksErrorTextsNeverShow() {
    for (String path : List.of("/does-not-exist", "/calculator/no-such-page", "/calculator/report?c=broken")) {
      for (String lang : List.of("en", "fr")) {
        String html = given().when().get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang).then()
            .extract().asString();
        assertThat(html).as(path + " " + lang).doesNotContain("Unable to find matching target resource method",
            "RESTEASY", "jakarta.ws.rs", "Exception");
      }
    }
  }
}
