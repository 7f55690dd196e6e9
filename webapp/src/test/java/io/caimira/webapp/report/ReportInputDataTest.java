package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Input data tab and header for the inputs the audit found unshown or wrongly shown: a CO₂ fit, specific
 * breaks, the confidence in the reported cases and the calculator version.
 */
@QuarkusTest
class ReportInputDataTest {

  private static Document french(Map<String, String> fields) {
    return Jsoup.parse(given().when().get(ReportCases.link(fields) + "&lang=fr").then().statusCode(200)
        .extract().asString());
  }

  /** The input section titled {@code title}. */
  private static Element section(Document doc, String title) {
    return doc.getElementById("pane-input").select("section.input-section").stream()
        .filter(s -> s.selectFirst(".card-header").text().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no section " + title));
  }

  private static List<String> rows(Element table) {
    return table.select("tbody tr").eachText();
  }

  @Test
  void fittedVentilationShowsCapacityFlowRatesAndExhalationRate() {
    Map<String, String> fitting = ReportCases.fromFitting(10);
    Document doc = ReportPageTest.page(fitting);
    // the model simulated is the fit's
    assertThat(Double.parseDouble(doc.selectFirst(".prob-inf").attr("data-value"))).isCloseTo(
        ReportPageTest.api(fitting).path("groups").path("group_1").path("prob_inf").asDouble(), within(1e-12));
    Element ventilation = section(doc, "Ventilation");
    assertThat(ventilation.text()).contains("Ventilation type From CO₂ fitting",
        "Room capacity (maximum occupation – design limit) 10 people").doesNotContain("HEPA");
    Element table = ventilation.selectFirst("table.input-table");
    assertThat(table.selectFirst("caption").text()).isEqualTo("Ventilation fitted to the CO₂ data, per interval");
    assertThat(table.select("thead th").eachText()).containsExactly("Time (HH:MM)", "ACH value (h⁻¹)",
        "Flow rate (L/s)", "Flow rate (L/s/person)");
    // L/s = ACH / 3600 × 60 m³ × 1000, per person ÷ 10
    assertThat(rows(table)).containsExactly("08:30–12:30 1.5 25 2.5", "12:30–13:30 0.3 5 0.5",
        "13:30–17:30 2.25 37.5 3.75");
    assertThat(section(doc, "Event").select("tr.input-sentence").eachText())
        .containsExactly("Exhalation rate from fitting algorithm – 0.51 m³/h");

    Document fr = french(fitting);
    Element frVentilation = section(fr, "Ventilation");
    assertThat(frVentilation.text()).contains("Ajustement sur le CO₂",
        "Capacité de la pièce (occupation maximale – limite de conception) 10 personnes");
    Element frTable = frVentilation.selectFirst("table.input-table");
    assertThat(frTable.select("thead th").eachText()).containsExactly("Heure (HH:MM)",
        "Renouvellements d'air (h⁻¹)", "Débit (L/s)", "Débit (L/s/personne)");
    assertThat(rows(frTable)).containsExactly("08:30–12:30 1,5 25 2,5", "12:30–13:30 0,3 5 0,5",
        "13:30–17:30 2,25 37,5 3,75");
    assertThat(section(fr, "Événement").select("tr.input-sentence").eachText())
        .containsExactly("Débit d'expiration issu de l'algorithme d'ajustement – 0,51 m³/h");
  }

  @Test
  void aPlausibleFitHasNoWarningAndNoMeasuredSeriesWithoutOne() throws Exception {
    Document doc = ReportPageTest.page(ReportCases.fromFitting(10));
    assertThat(doc.getElementById("co2-checks")).isNull();
    assertThat(ReportPageTest.series(doc).has("co2Measured")).isFalse();
  }

  /**
   * An implausible stored fit (0.1 m³/h per person, 45 h⁻¹ in one interval) is flagged in the CO₂ card with what to
   * check, in English and French; the stored measured and fitted series go to the plot's data.
   */
  @Test
  void anImplausibleFitIsFlaggedAndTheMeasuredSeriesIsPlotted() throws Exception {
    Map<String, String> fields = ReportCases.fromFitting(10);
    fields.put("CO2_fitting_result", "{\"exhalation_rate\": 0.1, \"ventilation_values\": [1.5, 45, 2.25], "
        + "\"room_capacity\": 10, \"transition_times\": [8.5, 12.5, 13.5, 17.5], \"CO2_series\": {\"start\": 8.75, "
        + "\"step\": 0.5, \"measured\": [420, 610, null, 700], \"fitted\": [430, 600, null, 690]}}");
    Document doc = ReportPageTest.page(fields);
    Element checks = doc.getElementById("co2-checks");
    assertThat(checks).isNotNull();
    assertThat(checks.select("li").eachText()).containsExactly(
        "The fitted exhalation rate, 0.10 m³/h per person, is below what a person breathes out even sitting still "
            + "(0.41–4.9 m³/h from seated to heavy exercise).",
        "The fitted air changes from 12:30 to 13:30, 45.0 h⁻¹, are more than rooms get (30 h⁻¹ at most).",
        "The fit explains the measured CO₂ with the form's inputs: check the room volume, the number of occupants "
            + "and their presence times, and the ventilation transition times.");
    var series = ReportPageTest.series(doc);
    assertThat(series.at("/co2Measured/times").toString()).isEqualTo("[8.75,9.25,9.75,10.25]");
    assertThat(series.at("/co2Measured/values").toString()).isEqualTo("[420,610,null,700]");
    assertThat(series.at("/co2Fitted/values").toString()).isEqualTo("[430,600,null,690]");

    Element fr = french(fields).getElementById("co2-checks");
    assertThat(fr.text()).contains("Cet ajustement semble invraisemblable",
        "Le débit d'expiration ajusté, 0,10 m³/h par personne, est inférieur",
        "(0,41–4,9 m³/h, d'assis à exercice intense)", "de 12:30 à 13:30, 45,0 h⁻¹");
  }

  /** Without a capacity (stored as '' by upstream's dialog) there is no per-person column. */
  @Test
  void fitWithoutCapacityHasNoPerPersonFlowRate() {
    Element ventilation = section(ReportPageTest.page(ReportCases.fromFitting(null)), "Ventilation");
    assertThat(ventilation.text()).contains("Room capacity (maximum occupation – design limit) Not given");
    Element table = ventilation.selectFirst("table.input-table");
    assertThat(table.select("thead th").eachText()).containsExactly("Time (HH:MM)", "ACH value (h⁻¹)",
        "Flow rate (L/s)");
    assertThat(rows(table)).containsExactly("08:30–12:30 1.5 25", "12:30–13:30 0.3 5", "13:30–17:30 2.25 37.5");
  }

  @Test
  void specificBreaksReplaceTheLunchAndCoffeeBreaks() {
    Element shared = section(ReportPageTest.page(ReportCases.specificBreaks("[]")), "Breaks");
    assertThat(rows(shared.selectFirst("table"))).containsExactly(
        "Specific breaks (exposed) 10:00–10:15, 12:00–12:45",
        "Specific breaks (infected) Same breaks taken by the exposed and infected persons.",
        "The specific breaks replace the lunch and coffee breaks.");
    assertThat(shared.text()).doesNotContain("Lunch", "Coffee", "12:30–13:30");

    Map<String, String> own = ReportCases.specificBreaks(
        "[{\"start_time\": \"11:00\", \"finish_time\": \"11:30\"}]");
    assertThat(rows(section(ReportPageTest.page(own), "Breaks").selectFirst("table"))).containsExactly(
        "Specific breaks (exposed) 10:00–10:15, 12:00–12:45", "Specific breaks (infected) 11:00–11:30",
        "The specific breaks replace the lunch and coffee breaks.");
    assertThat(rows(section(french(own), "Pauses").selectFirst("table"))).containsExactly(
        "Pauses spécifiques (personnes exposées) 10:00–10:15, 12:00–12:45",
        "Pauses spécifiques (personnes infectées) 11:00–11:30",
        "Les pauses spécifiques remplacent la pause de midi et les pauses café.");
    // without specific breaks: the lunch and coffee breaks
    assertThat(section(ReportPageTest.page(ReportCases.office()), "Breaks").text())
        .contains("Lunch break (exposed) 12:30–13:30").doesNotContain("Specific");
  }

  /** The ratio 10, 5 or 2 is shown as the form's text of its choice. */
  @Test
  void ascertainmentBiasIsShownAsTheConfidenceText() {
    Map<String, String> f = ReportCases.probabilistic(ReportCases.office());
    assertThat(section(ReportPageTest.page(f), "Event").text())
        .contains("Confidence in the reported cases Low – surveillance only for symptomatic patients");
    f.put("ascertainment_bias", "confidence_medium");
    assertThat(section(ReportPageTest.page(f), "Event").text())
        .contains("Confidence in the reported cases Medium – some asymptomatic testing");
    f.put("ascertainment_bias", "confidence_high");
    assertThat(section(ReportPageTest.page(f), "Event").text())
        .contains("Confidence in the reported cases High – broad testing");
    assertThat(section(french(f), "Événement").text())
        .contains("Confiance dans les cas déclarés Élevée – dépistage large");
  }

  /** The header names the server's calculator version and build, whatever calculator_version the link carries. */
  @Test
  void headerShowsTheServersVersionNotTheClients() {
    Map<String, String> f = ReportCases.office();
    f.put("calculator_version", "9.9.9-from-the-client");
    Document doc = ReportPageTest.page(f);
    String build = ConfigProvider.getConfig().getValue("quarkus.application.version", String.class);
    assertThat(doc.getElementById("report-created").text()).matches(
        "Created \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d:\\d\\d UTC using CAiMIRA calculator version v4\\.19\\.0 "
            + "\\(CAiMIRA-J " + java.util.regex.Pattern.quote(build) + "\\)\\. Data version: default\\.");
    assertThat(doc.html()).doesNotContain("9.9.9");
    assertThat(french(f).getElementById("report-created").text())
        .contains("avec la version v4.19.0 du calculateur CAiMIRA (CAiMIRA-J " + build + ")")
        .containsPattern("\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
            + "décembre) \\d{4}, \\d\\d:\\d\\d:\\d\\d UTC");
  }
}
