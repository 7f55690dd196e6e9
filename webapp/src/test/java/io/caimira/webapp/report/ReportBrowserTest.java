package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.webapp.browser.Axe;
import io.caimira.webapp.browser.BrowserPageTest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page in a real browser: the numbers are the API's for the same input and seed, every plot is drawn
 * and stays drawn after a resize, the toggles, print layout, CSV and PDF exports work, and axe finds no serious
 * violation.
 */
@QuarkusTest
class ReportBrowserTest extends BrowserPageTest {

  @AfterEach
  void noConsoleErrors() {
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private void load(Map<String, String> fields) {
    browser.driver().get(root + ReportCases.link(fields).substring(1));
    waitUntil("document.body.dataset.reportReady === 'true'");
  }

  private void waitUntil(String condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(d -> Boolean.TRUE.equals(browser.script("return !!(" + condition + ");")));
  }

  /** Clicks an element after scrolling it (at once: Bootstrap makes scrolling smooth) to the middle of the window. */
  private void click(By by) {
    WebElement e = browser.driver().findElement(by);
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
    Object top = browser.script("const r = arguments[0].getBoundingClientRect();"
        + " const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
        + " return at === arguments[0] || arguments[0].contains(at) ? '' : (at ? at.outerHTML.substring(0, 200) : 'none');", e);
    assertThat(top).as("element on top of " + by).isEqualTo("");
    e.click();
  }

  /** Every plot has a canvas of its container's size with its series data. */
  private void assertPlotsDrawn() {
    waitUntil("Array.from(document.querySelectorAll('.report-plot')).every(el => {"
        + " const c = el.querySelector('canvas'); const chart = CaimiraReport.charts[el.id];"
        + " return c && chart && Math.abs(chart.getWidth() - el.clientWidth) <= 1 && el.clientWidth > 0; })");
    Object empty = browser.script("return Object.entries(CaimiraReport.charts).filter(([id, c]) =>"
        + " !c.getOption().series.some(s => (s.data || []).length > 0)).map(([id]) => id);");
    assertThat((List<?>) empty).as("plots without data").isEmpty();
  }

  @Test
  void officeNumbersArePlottedAndEqualTheApis() {
    Map<String, String> office = ReportCases.office();
    load(office);
    JsonNode api = ReportPageTest.api(office).path("groups").path("group_1");
    WebElement p = browser.driver().findElement(By.className("prob-inf"));
    assertThat(Double.parseDouble(p.getAttribute("data-value")))
        .isCloseTo(api.path("prob_inf").asDouble(), within(1e-12 * api.path("prob_inf").asDouble()));
    assertThat(p.getText()).isEqualTo(ReportFormat.nonZeroPercentage(api.path("prob_inf").asDouble(),
        java.util.Locale.ENGLISH));
    assertThat(Double.parseDouble(browser.driver().findElement(By.className("expected-cases"))
        .getAttribute("data-value"))).isCloseTo(api.path("expected_new_cases").asDouble(), within(1e-12));
    assertPlotsDrawn();
    assertThat(browser.driver().findElements(By.cssSelector("details.data-table table"))).hasSize(4);
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the report").isEmpty();

    // resize: the plots follow the new width and keep their data (B6)
    browser.driver().manage().window().setSize(new Dimension(700, 900));
    assertPlotsDrawn();
    browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    assertPlotsDrawn();
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoInteractionsOfOneTypeAreShadedAndTheTogglesRedraw() {
    load(ReportCases.shortRange());
    assertPlotsDrawn();
    Object areas = browser.script("return CaimiraReport.charts['plot-concentration-g0'].getOption().series"
        + ".filter(s => s.name.indexOf('Speaking') >= 0).map(s => s.markArea.data.length);");
    assertThat((List<Object>) areas).containsExactly(2L);
    click(By.cssSelector(".zoom-toggle"));
    assertThat(browser.driver().findElement(By.cssSelector(".zoom-toggle")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    Object max = browser.script("return CaimiraReport.charts['plot-concentration-g0'].getOption().yAxis[0].max;");
    assertThat(((Number) max).doubleValue()).isPositive();
    click(By.cssSelector("label[for=long-range-doses-g0]"));
    Object names = browser.script("return CaimiraReport.charts['plot-concentration-g0'].getOption().series"
        + ".map(s => s.name);");
    assertThat((List<Object>) names).contains("Long-range cumulative dose");
    browser.driver().manage().window().setSize(new Dimension(800, 900));
    assertPlotsDrawn();
    assertThat(Axe.seriousViolations(browser)).isEmpty();
  }

  /** The CO₂ profile's dashed levels: 800 ppm acceptable (green), 1500 ppm insufficient (red), both in view. */
  /** Every plot's text (axes, axis names, legends, line labels) is at least 12 px; line labels sit on a background. */
  @Test
  void chartTextIsAtLeastTwelvePixels() {
    load(ReportCases.shortRange());
    assertPlotsDrawn();
    List<?> small = (List<?>) browser.script("return Object.entries(CaimiraReport.charts).flatMap(([id, c]) => {"
        + " const o = c.getOption(); const small = [];"
        + " const check = (where, style) => { if (!style || !(style.fontSize >= 12)) {"
        + "   small.push(id + ' ' + where + ' ' + (style && style.fontSize)); } };"
        + " check('text', o.textStyle);"
        + " (o.legend || []).forEach(l => check('legend', l.textStyle));"
        + " ['xAxis', 'yAxis'].forEach(k => (o[k] || []).forEach(a => {"
        + "   check(k + ' labels', a.axisLabel); check(k + ' name', a.nameTextStyle); }));"
        + " (o.series || []).forEach(s => { if (s.markLine) { check('line label ' + s.name, s.markLine.label);"
        + "   if (!s.markLine.label.backgroundColor) { small.push(id + ' line label without background'); } } });"
        + " return small; });");
    assertThat(small).isEmpty();
    // concentration, histogram and CO₂ (a report with short range has no alternative scenarios)
    assertThat(((Number) browser.script("return Object.keys(CaimiraReport.charts).length;")).intValue())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void co2PlotMarksTheAcceptableAndInsufficientLevels() {
    load(ReportCases.office());
    assertPlotsDrawn();
    String chart = "CaimiraReport.charts['plot-co2']";
    List<Object> lines = (List<Object>) browser.script("return " + chart + ".getOption().series[0].markLine.data"
        + ".map(d => [d.yAxis, d.name, d.lineStyle.color, d.lineStyle.type]);");
    assertThat(lines).containsExactly(List.of(800L, "Acceptable level (800 ppm)", "forestgreen", "dashed"),
        List.of(1500L, "Insufficient level (1500 ppm)", "firebrick", "dashed"));
    // the line is the page's CO₂ series, and the axis shows both levels
    assertThat((Boolean) browser.script("const s = " + chart + ".getOption().series[0];"
        + " return s.data.length === CaimiraReport.data.co2.length"
        + " && s.data.every((p, i) => p[1] === CaimiraReport.data.co2[i]);")).isTrue();
    List<Object> extent = (List<Object>) browser.script("return " + chart
        + ".getModel().getComponent('yAxis', 0).axis.scale.getExtent();");
    assertThat(((Number) extent.get(0)).doubleValue()).isLessThanOrEqualTo(800);
    assertThat(((Number) extent.get(1)).doubleValue()).isGreaterThanOrEqualTo(1500);
    // the legend names both levels
    assertThat((List<Object>) browser.script("return " + chart + ".getOption().series.map(s => s.name);"))
        .contains("Acceptable level (800 ppm)", "Insufficient level (1500 ppm)");
  }

  /** With the Clipboard API allowed, the button puts the short link on the clipboard and says so. */
  @Test
  void copyLinkPutsTheShortLinkOnTheClipboard() {
    load(ReportCases.office());
    var d = browser.driver();
    String origin = root.getProtocol() + "://" + root.getAuthority();
    d.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    String link = d.findElement(By.id("short-link")).getAttribute("href");
    click(By.id("copy-link"));
    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "Link copied.".equals(
        x.findElement(By.id("copy-status")).getText()));
    Object copied = d.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " navigator.clipboard.readText().then(done, e => done('error: ' + e));");
    assertThat(copied).isEqualTo(link);
    assertThat(d.findElement(By.id("copy-manual")).isDisplayed()).isFalse();
  }

  /**
   * When neither the Clipboard API nor the copy command works, the link is shown selected in a read-only field,
   * with a message saying to copy it by hand.
   */
  @Test
  void copyLinkWithoutClipboardShowsTheLinkSelectedInAReadOnlyField() {
    load(ReportCases.office());
    var d = browser.driver();
    browser.script("navigator.clipboard.writeText = () => Promise.reject(new Error('not allowed'));"
        + " document.execCommand = () => false;");
    assertThat(d.findElement(By.id("copy-manual")).isDisplayed()).isFalse();
    click(By.id("copy-link"));
    WebElement field = new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("copy-field")));
    String link = d.findElement(By.id("short-link")).getAttribute("href");
    assertThat(field.getDomProperty("value")).isEqualTo(link);
    assertThat(field.getAttribute("readonly")).isNotNull();
    assertThat(field).isEqualTo(d.switchTo().activeElement());
    assertThat(browser.script("return window.getSelection().toString() || (arguments[0].value.substring("
        + "arguments[0].selectionStart, arguments[0].selectionEnd));", field)).isEqualTo(link);
    assertThat(d.findElement(By.id("copy-status")).getText()).startsWith("The link could not be copied");
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the link field").isEmpty();
  }

  @Test
  void printShowsEveryPaneAndTheQrCode() {
    load(ReportCases.office());
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      var d = browser.driver();
      assertThat(d.findElement(By.id("pane-results")).isDisplayed()).isTrue();
      assertThat(d.findElement(By.id("pane-input")).isDisplayed()).isTrue();
      assertThat(d.findElement(By.cssSelector(".print-qr svg")).isDisplayed()).isTrue();
      assertThat(d.findElement(By.id("print-button")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.cssSelector(".reproduce-card")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.cssSelector(".report-tabs")).isDisplayed()).isFalse();
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void csvDownloadHasTheChosenColumnsWithUnits() {
    load(ReportCases.office());
    var d = browser.driver();
    d.findElement(By.id("export-button")).click();
    new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
        By.id("export-co2")));
    d.findElement(By.cssSelector("label[for=export-co2]")).click();
    WebElement name = d.findElement(By.id("export-name-dose"));
    name.clear();
    name.sendKeys("Dose");
    String href = d.findElement(By.id("csv-download")).getAttribute("href");
    assertThat(href).startsWith("data:text/csv;charset=utf-8,");
    String csv = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8)
        .replace("\uFEFF", "");
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo("Time (h),Concentration (IRP/m³),Dose (IRP),CO₂ concentration (ppm)");
    long times = (Long) browser.script("return CaimiraReport.data.times.length;");
    assertThat(lines).hasSize((int) times + 1);
    String first = (String) browser.script("const g = CaimiraReport.data.groups[0], t = CaimiraReport.data;"
        + " return [t.times[0], g.concentrations[0], g.doses[0], t.co2[0]].map(String).join(',');");
    assertThat(lines[1]).isEqualTo(first);
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the export dialog").isEmpty();
    d.findElement(By.cssSelector("#export-dialog .btn-close")).click();
    new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
        By.id("export-dialog")));
  }

  @Test
  void languageSwitchKeepsTheReport() {
    load(ReportCases.office());
    String value = browser.driver().findElement(By.className("prob-inf")).getAttribute("data-value");
    click(By.cssSelector("a[hreflang=fr]"));
    waitUntil("document.documentElement.lang === 'fr' && document.body.dataset.reportReady === 'true'");
    assertThat(browser.driver().findElement(By.className("prob-inf")).getAttribute("data-value")).isEqualTo(value);
    assertThat(browser.driver().findElement(By.id("tab-results")).getText()).isEqualTo("Résultats");
    click(By.cssSelector("a[hreflang=en]"));
    waitUntil("document.documentElement.lang === 'en' && document.body.dataset.reportReady === 'true'");
  }

  /**
   * The report in French at a phone's width: the level label and what the number means, the plots' legends and the
   * data tables in French (decimal commas), and no serious accessibility violation.
   */
  @Test
  @SuppressWarnings("unchecked")
  void frenchReportAtPhoneWidth() {
    browser.driver().manage().window().setSize(new Dimension(390, 1400));
    Map<String, String> office = ReportCases.office();
    office.put("mask_wearing_option", "mask_on");
    browser.driver().get(root + ReportCases.link(office).substring(1) + "&lang=fr");
    waitUntil("document.body.dataset.reportReady === 'true'");
    assertPlotsDrawn();
    assertThat(browser.driver().findElement(By.cssSelector(".risk-label")).getText()).startsWith("Niveau de risque");
    assertThat(browser.driver().findElement(By.cssSelector(".risk-meaning")).getText())
        .startsWith("Ce que cela signifie");
    List<Object> names = (List<Object>) browser.script(
        "return CaimiraReport.charts['plot-alternatives'].getOption().series.map(s => s.name);");
    assertThat(names).contains("Scénario actuel").noneMatch(n -> n.toString().contains("scenario"));
    String table = (String) browser.script("return document.querySelector('details[data-table=co2]').textContent;");
    assertThat(table).containsPattern("\\d,\\d");
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the French report at 390 px").isEmpty();
    browser.driver().get(root + "?lang=en"); // the language is remembered: English again for the other tests
  }

  /** "Download PDF" fetches the server's PDF of this report, in the page's language. */
  @Test
  @SuppressWarnings("unchecked")
  void downloadPdfFetchesTheServersPdf() {
    load(ReportCases.office());
    String href = browser.driver().findElement(By.id("pdf-button")).getAttribute("href");
    assertThat(href).contains("/calculator/report.pdf?c=").contains("lang=en");
    List<Object> answer = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + " fetch(document.getElementById('pdf-button').href).then(r => r.arrayBuffer().then(b =>"
        + " done([r.status, r.headers.get('Content-Type'), String.fromCharCode(...new Uint8Array(b.slice(0, 5))),"
        + " b.byteLength])));");
    assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
    assertThat(answer.get(1)).isEqualTo("application/pdf");
    assertThat(answer.get(2)).isEqualTo("%PDF-");
    assertThat(((Number) answer.get(3)).intValue()).isBetween(10_000, 1_000_000);
  }

  /**
   * With the conditional probability, the uncertainty figure has the P(I) distribution beside the curve and the
   * viral-load histogram below it, on the same x axis; their data tables show the server's counts.
   */
  @Test
  @SuppressWarnings("unchecked")
  void viralLoadHistogramAndProbabilityDistributionShowTheServersCounts() {
    load(ReportCases.conditional());
    assertPlotsDrawn();
    var d = browser.driver();
    WebElement plot = d.findElement(By.id("plot-viral-load-g0"));
    assertThat(plot.getAttribute("role")).isEqualTo("img");
    assertThat(plot.getAttribute("aria-label")).startsWith("Histogram of the viral load");
    assertThat((String) browser.script("return arguments[0].previousElementSibling.textContent;", plot))
        .isEqualTo("Distribution of the viral load of the infected person");
    click(By.cssSelector("details[data-table=viral-load][data-group=g0] summary"));
    WebElement table = d.findElement(By.cssSelector("details[data-table=viral-load][data-group=g0] table"));
    assertThat(table.isDisplayed()).isTrue();
    assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
        .containsExactly("Viral load from (log₁₀ RNA copies/mL)", "Viral load to (log₁₀ RNA copies/mL)",
            "Number of samples");
    String cells = "return Array.from(document.querySelectorAll("
        + "'details[data-table=%s][data-group=g0] tbody tr')).map(tr => tr.cells[2].textContent);";
    String server = "return CaimiraReport.data.groups[0].conditional.%s.counts.map(String);";
    List<Object> counts = (List<Object>) browser.script(String.format(cells, "viral-load"));
    assertThat(counts).hasSize(150).isEqualTo(browser.script(String.format(server, "viralLoadHistogram")));
    assertThat(browser.script("return CaimiraReport.charts['plot-viral-load-g0'].getOption().series[0].data"
        + ".map(b => String(b[2]));")).isEqualTo(counts);
    List<Object> distribution = (List<Object>) browser.script(String.format(cells, "probability-distribution"));
    assertThat(distribution).hasSize(30).isEqualTo(browser.script(String.format(server, "probabilityHistogram")));
    String label = d.findElement(By.id("plot-conditional-g0")).getAttribute("data-distribution-label");
    assertThat(label).matches("P\\(I\\) = \\d+\\.\\d %");
    assertThat((List<Object>) browser.script("return CaimiraReport.charts['plot-conditional-g0'].getOption().series"
        + ".map(s => s.name);")).contains(label);
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the uncertainty figure").isEmpty();

    // both plots keep one x axis: 10⁶ at the same pixel, after a resize too
    String sixAt = "return ['plot-conditional-g0', 'plot-viral-load-g0'].map(id =>"
        + " Math.round(CaimiraReport.charts[id].convertToPixel({ xAxisIndex: 0 }, 6)));";
    List<Object> before = (List<Object>) browser.script(sixAt);
    assertThat(before.get(0)).isEqualTo(before.get(1));
    browser.driver().manage().window().setSize(new Dimension(700, 900));
    assertPlotsDrawn();
    List<Object> after = (List<Object>) browser.script(sixAt);
    assertThat(after.get(0)).isEqualTo(after.get(1)).isNotEqualTo(before.get(0));
  }

  @Test
  void frenchUncertaintyFigure() {
    try {
      browser.driver().get(root + ReportCases.link(ReportCases.conditional()).substring(1) + "&lang=fr");
      waitUntil("document.body.dataset.reportReady === 'true'");
      assertThat((String) browser.script("return document.getElementById('plot-viral-load-g0')"
          + ".previousElementSibling.textContent;")).isEqualTo("Distribution de la charge virale de la personne infectée");
      assertThat(browser.driver().findElement(By.id("plot-conditional-g0")).getAttribute("data-distribution-label"))
          .matches("P\\(I\\) = \\d+,\\d %");
      assertThat(Axe.seriousViolations(browser)).isEmpty();
    } finally {
      // the language choice is remembered: back to English for the other tests
      browser.driver().manage().deleteAllCookies();
    }
  }

  @Test
  void conditionalProbabilityButtonReopensTheReportWithItsPlot() {
    load(ReportCases.office());
    String before = browser.driver().findElement(By.className("prob-inf")).getAttribute("data-value");
    click(By.className("conditional-link"));
    waitUntil("document.getElementById('plot-conditional-g0') && document.body.dataset.reportReady === 'true'");
    assertThat(browser.driver().getCurrentUrl()).contains("/calculator/report?c=");
    assertThat(browser.driver().findElement(By.className("prob-inf")).getAttribute("data-value")).isEqualTo(before);
    assertPlotsDrawn();
  }
}
