package io.caimira.webapp.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The server's PDF of a report: a real PDF of a few hundred kB with every section, the numbers of the page, text
 * extractable exactly (en dashes, ³, ₂), embedded fonts, page numbers, in the page's language; checked with PDFBox
 * and, where installed (CI installs them), Debian's poppler-utils pdftotext and pdftoppm.
 */
@QuarkusTest
class ReportPdfTest {
  private static Map<String, String> naturalOffice() {
    Map<String, String> f = ReportCases.office();
    f.put("ventilation_type", "natural_ventilation");
    f.put("window_type", "window_sliding");
    f.put("window_opening_regime", "windows_open_permanently");
    f.put("windows_number", "1");
    f.put("window_height", "1.6");
    f.put("opening_distance", "0.2");
    return f;
  }

  private static byte[] pdf(Map<String, String> fields, String lang) {
    String path = ReportCases.link(fields).replace("/calculator/report?", "/calculator/report.pdf?");
    var response = given().when().get(path + "&lang=" + lang).then().statusCode(200).extract();
    assertThat(response.contentType()).isEqualTo("application/pdf");
    return response.asByteArray();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theReportAsAPdfWithItsNumbersTextAndFonts() throws IOException {
    Map<String, String> office = naturalOffice();
    byte[] pdf = pdf(office, "en");
    assertThat(pdf.length).as("bytes").isBetween(20_000, 1_000_000);
    String text = text(pdf);
    String page = ReportPageTest.page(office).selectFirst(".prob-inf").text();
    assertThat(text).contains("Report – Office test", page, "Alternative scenarios", "CO₂", "60.0 m³",
        "Outside temperatures (natural ventilation)", "Disclaimer", "Page 1 of ", "published in the CARA publication: doi.org/10.1098/rsfs.");
    assertThat(text).contains("/_c/2");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isBetween(2, 12);
      for (PDPage p : doc.getPages()) {
        for (var name : p.getResources().getFontNames()) {
          PDFont font = p.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void frenchShortRangeAndAFitInTheirPdfs() throws IOException {
    String fr = text(pdf(naturalOffice(), "fr"));
    assertThat(fr).contains("Rapport", "Page 1 sur ", "Avertissement").doesNotContain("Page 1 of");
    Map<String, String> fit = ReportCases.fromFitting(10);
    fit.put("CO2_fitting_result", "{\"exhalation_rate\": 0.1, \"ventilation_values\": [1.5, 45, 2.25], "
        + "\"room_capacity\": 10, \"transition_times\": [8.5, 12.5, 13.5, 17.5], \"CO2_series\": {\"start\": 8.75, "
        + "\"step\": 0.5, \"measured\": [420, 610], \"fitted\": [430, 600]}}");
    String fitText = text(pdf(fit, "en"));
    assertThat(fitText).contains("This fit looks implausible", "08:30–12:30");
    Map<String, String> shortRange = ReportCases.shortRange();
    shortRange.put("conditional_probability_viral_loads", "1");
    String sr = text(pdf(shortRange, "en"));
    String conditionalTitle = ReportPageTest.page(shortRange).select("#pane-results h3").eachText().stream()
        .filter(t -> !t.startsWith("P(I)")).filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("viral"))
        .findFirst().orElseThrow();
    assertThat(sr).contains("with short-range interactions", conditionalTitle);
  }

  /** Debian's poppler-utils read the PDF as any viewer would: the text exactly, and page 1 as an image. */
  @Test
  void popplerReadsItAndRendersIt() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext"))
        && Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "poppler-utils not installed");
    Path dir = Files.createTempDirectory("caimira-pdf");
    Path file = dir.resolve("report.pdf");
    Files.write(file, pdf(naturalOffice(), "en"));
    Process text = new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-")
        .redirectErrorStream(true).start();
    String out = new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("Report – Office test", "60.0 m³", "CO₂", "Page 1 of ");
    Process image = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1",
        file.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
    image.getInputStream().readAllBytes();
    assertThat(image.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (var files = Files.list(dir)) {
      Path png = files.filter(p -> p.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
      assertThat(Files.size(png)).isGreaterThan(5_000);
    }
  }
}
