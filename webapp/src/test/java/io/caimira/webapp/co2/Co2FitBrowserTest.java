package io.caimira.webapp.co2;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.webapp.browser.Axe;
import io.caimira.webapp.browser.BrowserPageTest;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The CO₂ fitting dialog in a real browser: a generated XLSX file uploaded through the file input, the suggested
 * transition times, the fit, "Use fit data"; the form's hidden CO2_fitting_result then holds the API's fit for
 * the same CO₂ body; the form sent with it gives a report of the fitted ventilation (the API's probability, the
 * fit's numbers in the Input data tab). The open dialog passes axe and the console stays clean.
 */
@QuarkusTest
class Co2FitBrowserTest extends BrowserPageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path file;

  @BeforeAll
  static void writeSensorFile() throws IOException {
    file = Files.createTempFile("co2-sensor-", ".xlsx");
    Files.write(file, SyntheticCo2.xlsx(new String[] {"Times", "CO2"}, SyntheticCo2.boxed(SyntheticCo2.day())));
  }

  @AfterAll
  static void deleteSensorFile() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }

  private void openDialog() {
    var d = browser.driver();
    List<WebElement> fromFitting = d.findElements(By.cssSelector("input[name=ventilation_type][value=from_fitting]"));
    if (!fromFitting.isEmpty()) {
      browser.script("arguments[0].click();", fromFitting.get(0));
    }
    List<WebElement> opener = d.findElements(By.id("co2_fitting_open"));
    if (!opener.isEmpty() && opener.get(0).isDisplayed()) {
      opener.get(0).click();
    } else {
      browser.script("window.caimiraCo2.open();");
    }
    WebElement input = visible("co2_file");
    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> input.equals(d.switchTo().activeElement()));
  }

  @Test
  void aBadFileIsExplainedInTheDialogAndEscapeClosesIt() throws IOException {
    var d = browser.driver();
    d.get(root + "calculator?lang=fr");
    d.findElement(By.id("room_volume")).sendKeys("60");
    d.findElement(By.id("total_people")).sendKeys("4");
    openDialog();
    Path bad = Files.createTempFile("co2-bad-", ".csv");
    try {
      Files.writeString(bad, "Heure,CO2\n8,450\n");
      d.findElement(By.id("co2_file")).sendKeys(bad.toAbsolutePath().toString());
      d.findElement(By.id("co2_upload")).click();
      WebElement error = visible("co2_error");
      assertThat(error.getText()).contains("« Times »");
      assertThat(error.getAttribute("aria-live")).isEqualTo("assertive");
      assertThat(d.findElement(By.id("co2_busy")).isDisplayed()).as("spinner").isFalse();
      WebElement file = d.findElement(By.id("co2_file"));
      assertThat(file.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(file.getAttribute("aria-describedby")).contains("co2_error");
      assertThat(file).isEqualTo(d.switchTo().activeElement());
      assertThat(Axe.seriousViolations(browser)).as("accessibility with an error").isEmpty();
    } finally {
      Files.deleteIfExists(bad);
    }
    new org.openqa.selenium.interactions.Actions(d).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("co2_dialog")));
    assertThat(browser.consoleErrors()).allMatch(e -> e.contains("status of 400"));
  }

  @Test
  void fromFittingWithoutAFitIsNotSubmittedAndTheButtonOpensTheDialog() {
    var d = browser.driver();
    d.get(root + "calculator");
    if (d.findElements(By.id("co2_fitting_open")).isEmpty()) {
      // the form's ventilation choice, as the form will have it
      browser.script("const f = document.getElementById('covid_calculator');"
          + "f.insertAdjacentHTML('afterbegin', '<input type=\"radio\" name=\"ventilation_type\" id=\"vf\" "
          + "value=\"from_fitting\"><label for=\"vf\">From fitting</label>"
          + "<button type=\"button\" id=\"co2_fitting_open\">Fitting algorithm</button>');");
    }
    browser.script("const r = document.querySelector('input[name=ventilation_type][value=from_fitting]');"
        + "r.checked = true; r.dispatchEvent(new Event('change', {bubbles: true}));");
    browser.script("document.querySelector('input[name=CO2_fitting_result]').value = '';");
    String before = d.getCurrentUrl();
    browser.script("document.getElementById('covid_calculator').requestSubmit();");
    WebElement message = visible("co2_fit_missing");
    assertThat(message.getAttribute("role")).isEqualTo("alert");
    assertThat(message.getText()).contains("from fitting");
    assertThat(d.getCurrentUrl()).isEqualTo(before);
    WebElement opener = d.findElement(By.id("co2_fitting_open"));
    assertThat(opener).isEqualTo(d.switchTo().activeElement());
    assertThat(opener.getAttribute("aria-describedby")).contains("co2_fit_missing");
    opener.click();
    visible("co2_file");
    new org.openqa.selenium.interactions.Actions(d).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("co2_dialog")));
    new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> opener.equals(d.switchTo().activeElement()));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private WebElement visible(String id) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /**
   * A form opened from a link with an implausible stored fit shows the fit under the dialog's button with what is
   * implausible (the same ranges and sentences as the server's), in English and French; the dialog repeats them.
   */
  @Test
  void aStoredImplausibleFitIsSummarisedWithItsChecks() {
    var d = browser.driver();
    String stored = "{\"exhalation_rate\": 0.1, \"ventilation_values\": [1.5, 45], "
        + "\"transition_times\": [8.5, 12.5, 17.5]}";
    String query = "ventilation_type=from_fitting&CO2_fitting_result="
        + java.net.URLEncoder.encode(stored, java.nio.charset.StandardCharsets.UTF_8);
    d.get(root + "calculator?" + query);
    WebElement summary = new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("co2_fit_summary")));
    assertThat(d.findElement(By.id("co2_fit_summary_text")).getText()).isEqualTo(
        "Stored fit: exhalation rate 0.10 m³/h; air changes 08:30–12:30: 1.5 h⁻¹, 12:30–17:30: 45 h⁻¹.");
    List<String> checks = d.findElements(By.cssSelector("#co2_fit_summary_checks li")).stream()
        .map(WebElement::getText).toList();
    assertThat(checks).containsExactly(
        "The fitted exhalation rate, 0.10 m³/h per person, is below what a person breathes out even sitting still "
            + "(0.41–4.9 m³/h from seated to heavy exercise).",
        "The fitted air changes from 12:30 to 17:30, 45.0 h⁻¹, are more than rooms get (30 h⁻¹ at most).",
        "The fit explains the measured CO₂ with the form's inputs: check the room volume, the number of occupants "
            + "and their presence times, and the ventilation transition times.");
    openDialog();
    WebElement dialogChecks = visible("co2_checks");
    assertThat(dialogChecks.findElements(By.tagName("li"))).hasSize(3);
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the dialog with a warning").isEmpty();

    d.get(root + "calculator?lang=fr&" + query);
    WebElement frText = new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("co2_fit_summary_text")));
    assertThat(frText.getText()).isEqualTo("Ajustement enregistré : débit d'expiration 0,10 m³/h ; renouvellements "
        + "d'air 08:30–12:30 : 1,5 h⁻¹, 12:30–17:30 : 45 h⁻¹.");
    assertThat(d.findElement(By.id("co2_fit_summary_checks")).getText()).contains("0,41–4,9 m³/h",
        "de 12:30 à 17:30, 45,0 h⁻¹");
    assertThat(browser.consoleErrors()).isEmpty();
    d.get(root + "calculator?lang=en"); // the language choice is remembered: back to English for the other tests
  }

  @Test
  void uploadSuggestFitAndUseTheFit() throws IOException {
    var d = browser.driver();
    d.get(root + "calculator");
    d.findElement(By.id("room_volume")).sendKeys("60");
    d.findElement(By.id("total_people")).sendKeys("4");
    openDialog();
    WebElement input = d.findElement(By.id("co2_file"));
    input.sendKeys(file.toAbsolutePath().toString());
    d.findElement(By.id("co2_upload")).click();
    WebElement times = visible("fitting_ventilation_states");
    new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> !times.getDomProperty("value").isBlank());
    assertThat(times.getDomProperty("value")).startsWith("08:30").endsWith("17:30");
    assertThat(d.findElement(By.id("co2_summary")).getText()).startsWith("121 samples from 08:00 to 18:00");
    assertThat(d.findElements(By.cssSelector("#co2_plot svg"))).isNotEmpty();
    assertThat(d.findElements(By.cssSelector("#co2_plot_rows tr"))).hasSize(121);
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the open dialog").isEmpty();

    times.clear();
    times.sendKeys("08:30, 10:00, 12:30, 13:30, 17:30");
    d.findElement(By.id("room_capacity")).sendKeys("10");
    d.findElement(By.id("co2_fit")).click();
    visible("co2_result_section");
    assertThat(d.findElements(By.cssSelector("#co2_result_table tbody tr"))).hasSize(5);
    assertThat(d.findElement(By.id("co2_exhalation_rate")).getText()).matches("Exhalation rate: \\d\\.\\d\\d m³/h");
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the result").isEmpty();

    d.findElement(By.id("co2_use")).click();
    new WebDriverWait(d, Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("co2_dialog")));
    String stored = (String) browser.script(
        "return document.querySelector('input[name=\"CO2_fitting_result\"]').value;");
    JsonNode fit = JSON.readTree(stored);
    // the form shows the stored fit under the button that opens the dialog
    WebElement summary = d.findElement(By.id("co2_fit_summary"));
    assertThat(summary.isDisplayed()).isTrue();
    assertThat(summary.getText()).startsWith(String.format(Locale.ENGLISH,
        "Stored fit: exhalation rate %.2f m³/h; air changes 08:30–10:00: ", fit.get("exhalation_rate").asDouble()))
        .contains("17:30–18:00: ");
    assertThat(d.findElement(By.id("co2_fit_summary_checks")).isDisplayed()).isFalse();
    assertThat(d.findElement(By.id("fitting_help")).getText()).doesNotContain("no ventilation");
    assertThat(fit.has("CO2_series")).isTrue();

    // the same CO₂ body through the API
    ObjectNode api = JSON.createObjectNode();
    ObjectNode data = api.putObject("CO2_data");
    ArrayNode t = data.putArray("times");
    ArrayNode c = data.putArray("CO2");
    for (double[] row : SyntheticCo2.day()) {
      t.add(row[0]);
      c.add(row[1]);
    }
    api.put("room_volume", "60");
    api.put("total_people", "4");
    api.put("room_capacity", "10");
    api.putArray("fitting_ventilation_states").add(8.5).add(10.0).add(12.5).add(13.5).add(17.5);
    JsonNode expected = JSON.readTree(given().contentType(ContentType.JSON).body(api.toString())
        .when().post("/api/co2/report").then().statusCode(200).extract().asString()).get("results");
    assertThat(fit.get("exhalation_rate")).isEqualTo(expected.get("exhalation_rate"));
    assertThat(fit.get("ventilation_values")).isEqualTo(expected.get("ventilation_values"));
    assertThat(fit.get("ventilation_lsp_values")).isEqualTo(expected.get("ventilation_lsp_values"));
    List<Double> transitions = new java.util.ArrayList<>();
    fit.get("transition_times").forEach(n -> transitions.add(n.asDouble()));
    assertThat(transitions).containsExactly(8.5, 10.0, 12.5, 13.5, 17.5, 18.0);
    assertThat(browser.consoleErrors()).isEmpty();

    submitAndCheckTheReport(fit);
  }

  /** The form sent with the stored fit gives a report of the fitted ventilation, with the API's probability. */
  private void submitAndCheckTheReport(JsonNode fit) {
    var d = browser.driver();
    d.findElement(By.id("simulation_name")).sendKeys("Fitted office");
    d.findElement(By.id("room_number")).sendKeys("1/1-001");
    WebElement submit = d.findElement(By.id("generate_report"));
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
    submit.click();
    try {
      new WebDriverWait(d, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(
          By.className("prob-inf")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no report at " + d.getCurrentUrl() + ": " + browser.script(
          "return Array.from(document.querySelectorAll('.alert, [role=alert], .invalid-feedback, .text-danger'))"
          + ".map(e => e.textContent.trim()).filter(t => t).join(' | ')"
          + " + ' invalid: ' + Array.from(document.querySelectorAll(':invalid, [aria-invalid=true]'))"
          + ".map(e => e.id || e.name || e.tagName).join(',') + ' active: ' + document.activeElement.id"
          + " + ' modal: ' + document.body.className + ' errors: ' + Array.from(document.querySelectorAll("
          + "'[id$=-error], .error-summary, #form-errors')).map(e => e.id + '=' + e.textContent.trim()).join(';');"), e);
    }
    assertThat(d.getCurrentUrl()).contains("/calculator/report?c=");
    WebElement p = d.findElement(By.className("prob-inf"));
    assertThat(p.getText()).matches("(<0\\.01|>99\\.9|\\d+(\\.\\d+)?)%");
    String query = LinkCodec.decode(d.getCurrentUrl().replaceAll(".*[?&]c=", ""));
    String answer = given().contentType(ContentType.JSON).body(FormFields.ofQuery(query).toInput().toString())
        .when().post("/api/virus/report").then().statusCode(200).extract().asString();
    double api;
    try {
      api = JSON.readTree(answer).at("/results/groups/group_1/prob_inf").asDouble();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(Double.parseDouble(p.getAttribute("data-value"))).isCloseTo(api, within(1e-12 * api));

    // the CO₂ plot overlays the measured series and the fitted curve on the report's own CO₂ curve
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) browser.script(
        "return CaimiraReport.charts['plot-co2'].getOption().series.map(s => s.name);");
    assertThat(names).contains("CO₂ concentration", "Measured CO₂ (sensor)", "Fitted CO₂");
    Object measuredPoints = browser.script("return CaimiraReport.data.co2Measured.values.length;");
    assertThat(((Number) measuredPoints).intValue()).isEqualTo(fit.at("/CO2_series/measured").size());
    assertThat(d.findElements(By.id("co2-checks"))).isEmpty();

    // the Input data tab shows the fit: capacity, one row per interval (3 significant digits), exhalation rate
    d.findElement(By.id("tab-input")).click();
    WebElement table = new WebDriverWait(d, Duration.ofSeconds(10)).until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pane-input table.input-table")));
    String input = d.findElement(By.id("pane-input")).getText();
    assertThat(input).contains("From CO₂ fitting", "Room capacity (maximum occupation – design limit) 10 people",
        String.format(Locale.ENGLISH, "Exhalation rate from fitting algorithm – %.2f m³/h",
            fit.get("exhalation_rate").asDouble()));
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    JsonNode times = fit.get("transition_times");
    assertThat(rows).hasSize(times.size() - 1);
    for (int i = 0; i < rows.size(); i++) {
      List<WebElement> cells = rows.get(i).findElements(By.cssSelector("th, td"));
      assertThat(cells.get(0).getText()).isEqualTo(hhmm(times.get(i).asDouble()) + "–"
          + hhmm(times.get(i + 1).asDouble()));
      assertClose(cells.get(1), fit.get("ventilation_values").get(i));
      assertClose(cells.get(2), fit.get("ventilation_ls_values").get(i));
      assertClose(cells.get(3), fit.get("ventilation_lsp_values").get(i));
    }
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static String hhmm(double hours) {
    long minutes = Math.round(hours * 60);
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  /** A cell shows the fit's value to 3 significant digits. */
  private static void assertClose(WebElement cell, JsonNode expected) {
    double shown = Double.parseDouble(cell.getText().replace(",", ""));
    assertThat(shown).as(cell.getText()).isCloseTo(expected.asDouble(),
        within(Math.abs(expected.asDouble()) * 5e-3 + 1e-12));
  }
}
