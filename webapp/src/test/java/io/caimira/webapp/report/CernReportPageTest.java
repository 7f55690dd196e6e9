package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The CERN theme's traffic light (colour and text label), its "Applicable rules" tab and disclaimer. */
@QuarkusTest
@TestProfile(CernTheme.class)
class CernReportPageTest {

  @Test
  void highRiskIsRedWithATextLabel() {
    Document doc = ReportPageTest.page(ReportCases.office());
    double p = Double.parseDouble(doc.selectFirst(".prob-inf").attr("data-value"));
    assertThat(p).isGreaterThan(10);
    assertThat(doc.selectFirst(".pi-bubble").hasClass("bg-danger")).isTrue();
    assertThat(doc.selectFirst(".risk-label").text()).isEqualTo("Risk level: not acceptable");
    assertThat(doc.selectFirst(".summary-long-range .risk-prefix").text()).isEqualTo("Not acceptable:");
    assertThat(doc.selectFirst(".summary-long-range").hasClass("alert-danger")).isTrue();
    assertThat(doc.selectFirst(".risk-note").text()).contains("exceeds the authorised risk threshold");
    assertThat(doc.getElementById("tab-rules")).isNotNull();
    assertThat(doc.getElementById("pane-rules").text()).contains("below 2 %", "from 2 % to 10 %", "above 10 %",
        "approved in December 2020", "level Green – 1", "Justification", "Limitation", "Optimisation");
    // the scale (upstream: an image of four levels, level Green – 1 hard-coded): text, the current one marked
    assertThat(doc.select("#pane-rules .cern-scale li").eachText()).hasSize(4).first().asString()
        .startsWith("Green – 1");
    assertThat(doc.selectFirst("#pane-rules .cern-scale [aria-current=true]").text()).contains("Green – 1",
        "current level");
    assertThat(doc.select("#pane-rules .alara a").eachAttr("href")).containsExactly(
        "https://cds.cern.ch/record/1533023/files/CERN-2013-001-p415.pdf", "https://www.cdc.gov/nceh/radiation/safety.html");
    assertThat(doc.select(".scenario-row").first().hasClass("table-danger")).isTrue();
    assertThat(doc.select(".disclaimer").text()).contains("At CERN, CAiMIRA is intended");
    assertThat(doc.text()).contains("COVID information");
    // above 2 %: the note on CERN's COVID scale (upstream: hard-coded level Green – 1)
    assertThat(doc.selectFirst(".cern-covid-scale").text()).contains("COVID-19 scale is at level Green – 1");
  }

  @Test
  void lowRiskIsGreen() {
    Map<String, String> safe = ReportCases.office();
    safe.put("ventilation_type", "mechanical_ventilation");
    safe.put("mechanical_ventilation_type", "mech_type_air_changes");
    safe.put("air_changes", "20");
    safe.put("mask_wearing_option", "mask_on");
    safe.put("mask_type", "FFP2");
    Document doc = ReportPageTest.page(safe);
    assertThat(Double.parseDouble(doc.selectFirst(".prob-inf").attr("data-value"))).isLessThan(2);
    assertThat(doc.selectFirst(".pi-bubble").hasClass("bg-success")).isTrue();
    assertThat(doc.selectFirst(".risk-label").text()).isEqualTo("Risk level: acceptable");
    assertThat(doc.selectFirst(".summary-long-range .risk-prefix").text()).isEqualTo("Acceptable:");
    assertThat(doc.selectFirst(".summary-long-range").hasClass("alert-success")).isTrue();
    assertThat(doc.select(".cern-covid-scale")).isEmpty();
  }

  /** The PDF in the CERN theme has the traffic light's text label and the "Applicable rules". */
  @Test
  void thePdfCarriesTheCernRules() throws Exception {
    String path = ReportCases.link(ReportCases.office()).replace("/calculator/report?", "/calculator/report.pdf?");
    byte[] pdf = io.restassured.RestAssured.given().when().get(path).then().statusCode(200).extract().asByteArray();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      org.assertj.core.api.Assertions.assertThat(text).contains("The applicable rules depend on the probability",
          "ALARA").containsPattern("Risk level: (acceptable|attention|not acceptable)");
    }
  }
}
