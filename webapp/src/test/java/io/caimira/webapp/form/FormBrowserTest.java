package io.caimira.webapp.form;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.webapp.browser.Axe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The calculator form in a real browser: filled and submitted for natural ventilation with masks, short-range
 * interactions and dynamic occupancy groups (the report's probabilities equal the API's for the inputs and seed of
 * the report link), the server's errors next to their field, the
 * location search by keyboard, and accessibility with the dialogs open.
 */
@QuarkusTest
class FormBrowserTest extends FormBrowserBase {
  private WebElement id(String id) {
    return d().findElement(By.id(id));
  }

  private void type(String field, String value) {
    WebElement el = id(field);
    el.clear();
    el.sendKeys(value);
  }

  /** Sets a value the way a user's input would (time inputs take their value from the keyboard by locale). */
  private void set(WebElement el, String value) {
    browser.script("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", el, value);
  }

  private void click(String elementId) {
    WebElement el = id(elementId);
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", el);
    el.click();
  }

  private void fillBasics(String name) {
    type("simulation_name", name);
    type("room_number", "4/2-011");
    click("room_data_volume");
    type("room_volume", "75");
  }

  /** Submits, waits for the report and compares every group's probability with the API's for the link's inputs. */
  private Map<String, String> submitAndCompare() {
    click("generate_report");
    reportOpens();
    assertThat(d().getCurrentUrl()).contains("/calculator/report?c=");
    FormFields fields = FormFields.ofQuery(LinkCodec.decode(d().getCurrentUrl().replaceAll(".*[?&]c=", "")));
    String answer = given().contentType(ContentType.JSON).body(fields.toInput().toString())
        .when().post("/api/virus/report").then().statusCode(200).extract().asString();
    JsonNode groups = tree(answer).at("/results/groups");
    List<WebElement> shown = d().findElements(By.className("prob-inf"));
    assertThat(shown).hasSize(groups.size());
    for (WebElement el : shown) {
      double value = Double.parseDouble(el.getAttribute("data-value"));
      double api = groups.path(el.getAttribute("data-group")).path("prob_inf").asDouble(Double.NaN);
      assertThat(value).isCloseTo(api, within(1e-12 * Math.max(api, 1e-300)));
    }
    return fields.values();
  }

  @Test
  void naturalVentilationWithHingedWindowsPeriodicOpeningAndMasks() {
    openForm("");
    assertThat(new Select(id("virus_type")).getFirstSelectedOption().getAttribute("value"))
        .as("the variant starts at the server default").isEqualTo("SARS_CoV_2");
    fillBasics("Natural ventilation and masks");
    type("total_people", "8");
    click("natural_ventilation");
    type("windows_number", "2");
    type("window_height", "1.6");
    click("window_hinged");
    type("window_width", "0.8");
    type("opening_distance", "0.25");
    click("windows_open_periodically");
    type("windows_duration", "15");
    type("windows_frequency", "60");
    click("mask_on");
    assertThat(id("short_range_yes").isEnabled()).as("masks exclude short range").isFalse();
    click("mask_mask_ffp2");
    Map<String, String> sent = submitAndCompare();
    assertThat(sent).containsEntry("ventilation_type", "natural_ventilation")
        .containsEntry("window_type", "window_hinged").containsEntry("window_width", "0.8")
        .containsEntry("window_opening_regime", "windows_open_periodically")
        .containsEntry("windows_duration", "15").containsEntry("mask_wearing_option", "mask_on")
        .containsEntry("mask_type", "FFP2").containsEntry("virus_type", "SARS_CoV_2");
  }

  /**
   * Far from the weather data (Sydney, with the built-in Geneva climatology) the form says so next to the location
   * and opens the outside temperatures; 24 hourly values typed with spaces and decimal commas reach the calculator
   * as numbers, and the report names them.
   */
  @Test
  void aDistantLocationOffersTheUsersOwnTemperatures() {
    openForm("");
    fillBasics("Sydney office");
    type("total_people", "8");
    click("natural_ventilation");
    type("windows_number", "2");
    type("window_height", "1.6");
    type("opening_distance", "0.25");
    assertThat(id("weather_notice").isDisplayed()).as("Geneva itself: no notice").isFalse();
    set(id("location_name"), "Sydney, AUS");
    set(id("location_latitude"), "-33.8688");
    set(id("location_longitude"), "151.2093");
    waiting().until(x -> id("weather_notice").isDisplayed());
    assertThat(id("weather_notice").getText()).startsWith("The outside temperatures for this place would come from "
        + "Geneva (built-in monthly climatology), 16,774 km away.");
    assertThat(id("outside_temps").getAttribute("open")).isNotNull();
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the notice").isEmpty();
    StringBuilder hourly = new StringBuilder();
    for (int h = 0; h < 24; h++) {
      hourly.append(h == 0 ? "" : " ").append(20 + h % 6).append(",5");
    }
    type("outside_temp_hourly", hourly.toString());
    Map<String, String> sent = submitAndCompare();
    assertThat(tree(sent.get("outside_temp_hourly")).size()).isEqualTo(24);
    assertThat(tree(sent.get("outside_temp_hourly")).get(1).asDouble()).isEqualTo(21.5);
    d().findElement(By.id("tab-input")).click();
    waiting().until(x -> id("pane-input").isDisplayed());
    assertThat(id("pane-input").getText()).contains("your 24 hourly values, from 20.5 °C to 25.5 °C");
  }

  private WebElement row(int n) {
    return d().findElements(By.cssSelector("#sr_table tbody tr")).get(n);
  }

  private void fillInteraction(int n, String expiration, String start, String duration) {
    WebElement r = row(n);
    new Select(r.findElement(By.className("sr-expiration"))).selectByValue(expiration);
    set(r.findElement(By.className("sr-start")), start);
    WebElement dur = r.findElement(By.className("sr-duration"));
    dur.clear();
    dur.sendKeys(duration);
  }

  @Test
  void shortRangeInteractionsThroughTheDialog() {
    openForm("");
    fillBasics("Short range");
    type("total_people", "10");
    click("short_range_yes");
    click("sr_open");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sr_save")));
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the dialog open").isEmpty();
    // no row until the user adds one; the focus is on "Add row"
    assertThat(d().findElements(By.cssSelector("#sr_table tbody tr"))).isEmpty();
    assertThat(browser.script("return document.activeElement.id;")).isEqualTo("sr_add");
    click("sr_add");
    // the dialog's checks: required, at least 15 minutes, inside the event, no overlap
    click("sr_save");
    assertThat(row(0).findElement(By.cssSelector(".sr-expiration + .field-error")).getText())
        .isEqualTo("Required input.");
    fillInteraction(0, "Speaking", "10:00", "10");
    click("sr_save");
    assertThat(row(0).findElement(By.cssSelector(".sr-duration + .field-error")).getText())
        .isEqualTo("Must be ≥ 15 min.");
    fillInteraction(0, "Speaking", "12:45", "30");
    click("sr_save");
    assertThat(row(0).findElement(By.cssSelector(".sr-start + .field-error")).getText())
        .as("inside the lunch break").isEqualTo("Out of event time.");
    fillInteraction(0, "Speaking", "10:00", "30");
    click("sr_add");
    fillInteraction(1, "Shouting", "10:15", "15");
    click("sr_save");
    assertThat(row(1).findElement(By.cssSelector(".sr-start + .field-error")).getText()).isEqualTo("Time overlap.");
    fillInteraction(1, "Shouting", "14:00", "20");
    click("sr_add");
    row(2).findElement(By.className("sr-delete")).click();
    type("short_range_occupants", "4");
    click("sr_save");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("short_range_dialog")));
    assertThat(id("sr_interactions").getText()).isEqualTo("2 short-range interactions.");
    Map<String, String> sent = submitAndCompare();
    assertThat(sent).containsEntry("short_range_option", "short_range_yes")
        .containsEntry("short_range_occupants", "4");
    assertThat(tree(sent.get("short_range_interactions"))).isEqualTo(tree("{\"group_1\": ["
        + "{\"expiration\": \"Speaking\", \"start_time\": \"10:00\", \"duration\": 30},"
        + "{\"expiration\": \"Shouting\", \"start_time\": \"14:00\", \"duration\": 20}]}"));
  }

  private void waitForAlert() {
    waiting().until(ExpectedConditions.alertIsPresent());
  }

  /**
   * ×, Esc and Save: closing without saving keeps what was saved (a confirmation first when rows changed), an
   * unchanged dialog closes at once, and the count under the button says how many interactions there are, with
   * the plural of the page's language.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en | No short-range interaction. | 1 short-range interaction. | 2 short-range interactions.",
      "fr | Aucune interaction à courte distance. | 1 interaction à courte distance. | 2 interactions à courte "
          + "distance."})
  void theShortRangeDialogClosesWithoutSavingAndCounts(String lang, String none, String one, String two) {
    openForm("lang=" + lang);
    fillBasics("Short range dialog");
    type("total_people", "10");
    click("short_range_yes");
    assertThat(id("sr_interactions").getText()).isEqualTo(none);
    click("sr_open");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sr_save")));
    click("sr_add");
    fillInteraction(0, "Speaking", "10:00", "30");
    assertThat(id("sr_interactions").getText()).isEqualTo(one);
    // Esc with an unsaved row: a confirmation; cancelling it keeps the dialog open with the row
    id("sr_add").sendKeys(Keys.ESCAPE);
    waitForAlert();
    d().switchTo().alert().dismiss();
    assertThat(id("short_range_dialog").isDisplayed()).isTrue();
    assertThat(d().findElements(By.cssSelector("#sr_table tbody tr"))).hasSize(1);
    // × and confirm: the row is discarded
    click("sr_close");
    waitForAlert();
    d().switchTo().alert().accept();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("short_range_dialog")));
    assertThat(d().findElements(By.cssSelector("#sr_table tbody tr"))).isEmpty();
    assertThat(id("sr_interactions").getText()).isEqualTo(none);
    assertThat(browser.script("return document.activeElement.id;")).isEqualTo("sr_open");

    // two rows saved
    click("sr_open");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sr_save")));
    assertThat(d().findElements(By.cssSelector("#sr_table tbody tr"))).isEmpty();
    click("sr_add");
    fillInteraction(0, "Speaking", "10:00", "30");
    click("sr_add");
    fillInteraction(1, "Shouting", "14:00", "20");
    type("short_range_occupants", "3");
    click("sr_save");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("short_range_dialog")));
    assertThat(id("sr_interactions").getText()).isEqualTo(two);
    // opened and closed with × unchanged: no question, nothing lost
    click("sr_open");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sr_save")));
    click("sr_close");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("short_range_dialog")));
    assertThat(d().findElements(By.cssSelector("#sr_table tbody tr"))).hasSize(2);
    // a row deleted, then Esc and confirm: the deleted row comes back with its values and the occupants
    click("sr_open");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sr_save")));
    row(1).findElement(By.className("sr-delete")).click();
    type("short_range_occupants", "5");
    assertThat(id("sr_interactions").getText()).isEqualTo(one);
    id("sr_add").sendKeys(Keys.ESCAPE);
    waitForAlert();
    d().switchTo().alert().accept();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("short_range_dialog")));
    assertThat(id("sr_interactions").getText()).isEqualTo(two);
    assertThat(row(1).findElement(By.className("sr-expiration")).getAttribute("value")).isEqualTo("Shouting");
    assertThat(row(1).findElement(By.className("sr-start")).getAttribute("value")).isEqualTo("14:00");
    assertThat(id("short_range_occupants").getAttribute("value")).isEqualTo("3");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private void fillGroup(int n, String groupId, String total, String infected, String presence) {
    WebElement r = d().findElements(By.cssSelector("#groups_table tbody tr")).get(n);
    for (var entry : Map.of("g-id", groupId, "g-total", total, "g-infected", infected, "g-presence", presence)
        .entrySet()) {
      WebElement in = r.findElement(By.className(entry.getKey()));
      in.clear();
      in.sendKeys(entry.getValue());
    }
  }

  @Test
  void dynamicOccupancyGroups() {
    openForm("");
    fillBasics("Dynamic groups");
    click("groups_use");
    assertThat(id("total_people").isDisplayed()).isFalse();
    fillGroup(0, "office", "6", "1", "08:30-12:30, 13:30-17:30");
    click("add_group");
    fillGroup(1, "visitors", "3", "0", "10:00-11:30");
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the group editor").isEmpty();
    Map<String, String> sent = submitAndCompare();
    assertThat(tree(sent.get("occupancy"))).isEqualTo(tree("{\"office\": {\"total_people\": 6, \"infected\": 1, "
        + "\"presence\": [{\"start_time\": \"08:30\", \"finish_time\": \"12:30\"}, "
        + "{\"start_time\": \"13:30\", \"finish_time\": \"17:30\"}]}, \"visitors\": {\"total_people\": 3, "
        + "\"infected\": 0, \"presence\": [{\"start_time\": \"10:00\", \"finish_time\": \"11:30\"}]}}"));
    assertThat(d().findElements(By.className("prob-inf"))).hasSize(2);
  }

  /**
   * The dialog writes one list per exposure group. The calculator does not combine short range with occupancy
   * groups: its message, in the page's language, is shown next to the interactions' button, and the rows come back
   * as they were.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "en | Short-range interactions cannot be combined with occupancy groups (not supported).",
      "fr | Les interactions à courte distance ne peuvent pas être combinées avec des groupes d'occupation (non pris "
          + "en charge)."})
  void shortRangeInteractionsOfSeveralExposureGroups(String lang, String message) {
    openForm("lang=" + lang);
    fillBasics("Short range in groups");
    click("groups_use");
    fillGroup(0, "office", "6", "1", "08:30-12:30, 13:30-17:30");
    click("add_group");
    fillGroup(1, "visitors", "3", "0", "10:00-11:30");
    click("short_range_yes");
    click("sr_open");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sr_save")));
    click("sr_add");
    fillInteraction(0, "Speaking", "09:00", "20");
    click("sr_add");
    fillInteraction(1, "Breathing", "10:30", "15");
    new Select(row(1).findElement(By.className("sr-group"))).selectByValue("visitors");
    type("short_range_occupants", "2");
    click("sr_save");
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("short_range_dialog")));
    click("generate_report");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
    assertThat(tree(id("short_range_interactions").getAttribute("value"))).isEqualTo(tree("{\"office\": "
        + "[{\"expiration\": \"Speaking\", \"start_time\": \"09:00\", \"duration\": 20}], \"visitors\": "
        + "[{\"expiration\": \"Breathing\", \"start_time\": \"10:30\", \"duration\": 15}]}"));
    assertThat(id("short_range_interactions-error").getText()).isEqualTo(message);
    assertThat(browser.script("return document.activeElement.id;")).isEqualTo("sr_open");
    assertThat(id("sr_open").getAttribute("aria-describedby")).contains("short_range_interactions-error");
    assertThat(d().findElements(By.cssSelector("#sr_table tbody tr"))).hasSize(2);
    assertThat(row(1).findElement(By.className("sr-group")).getAttribute("value"))
        .isEqualTo("visitors");
    assertThat(d().findElements(By.cssSelector("#groups_table tbody tr"))).hasSize(2);
    assertThat(browser.consoleErrors()).as("only the page's own 400 status").allMatch(e -> e.contains("status of 400"));
  }

  @Test
  void serverErrorIsShownNextToItsFieldWithTheValuesKept() {
    openForm("");
    fillBasics("Rejected");
    type("total_people", "5");
    // bypass the form's own checks: the server applies the same rule
    set(id("room_volume"), "-4");
    browser.script("document.getElementById('covid_calculator').submit();");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-error")));
    assertThat(id("room_volume-error").getText()).isEqualTo("Value must be > 0");
    assertThat(id("room_volume").getAttribute("aria-describedby")).contains("room_volume-error");
    assertThat(browser.script("return document.activeElement.id;")).isEqualTo("room_volume");
    assertThat(id("simulation_name").getAttribute("value")).isEqualTo("Rejected");
    assertThat(id("total_people").getAttribute("value")).isEqualTo("5");
    assertThat(id("room_data_volume").isSelected()).isTrue();
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the form with an error").isEmpty();
    assertThat(browser.consoleErrors()).as("only the page's own 400 status").allMatch(e -> e.contains("status of 400"));
  }

  @Test
  void submittingDisablesTheButtonAndSaysTheReportIsComputing() {
    openForm("");
    fillBasics("Progress");
    type("total_people", "4");
    // keep the page: the form's own handler runs first, then this one stops the navigation
    browser.script("document.addEventListener('submit', (e) => e.preventDefault());");
    click("generate_report");
    assertThat(id("generate_report").isEnabled()).isFalse();
    assertThat(id("form-progress").getText()).isEqualTo("Computing the report…");
    assertThat(id("form-progress").getAttribute("aria-live")).isEqualTo("polite");
    assertThat(id("occupancy").getAttribute("value")).isEqualTo("{}");
    assertThat(id("short_range_interactions").getAttribute("value")).isEqualTo("{}");
  }

  @Test
  void clientChecksStopTheSubmission() {
    openForm("");
    fillBasics("Client checks");
    type("total_people", "3");
    type("infected_people", "3");
    click("simulation_name");
    assertThat(id("infected_people-error").getText()).as("checked as it changes")
        .isEqualTo("Value is equal or higher than the total number of occupants.");
    type("infected_people", "1");
    click("simulation_name");
    assertThat(id("infected_people-error").getText()).isEmpty();
    type("infected_people", "3");
    click("simulation_name");
    click("generate_report");
    assertThat(id("infected_people-error").getText())
        .isEqualTo("Value is equal or higher than the total number of occupants.");
    assertThat(browser.script("return document.activeElement.id;")).isEqualTo("infected_people");
    assertThat(d().getCurrentUrl()).doesNotContain("/report");
  }

  @Test
  void locationIsChosenWithTheKeyboard() {
    openForm("");
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the form").isEmpty();
    WebElement place = id("location_name");
    place.clear();
    place.sendKeys("Zürich");
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#location_list li")));
    assertThat(place.getAttribute("aria-expanded")).isEqualTo("true");
    place.sendKeys(Keys.ARROW_DOWN);
    assertThat(place.getAttribute("aria-activedescendant")).isEqualTo("location_option_0");
    place.sendKeys(Keys.ENTER);
    assertThat(place.getAttribute("value")).startsWith("Zürich");
    assertThat(Double.parseDouble(id("location_latitude").getAttribute("value"))).isCloseTo(47.38, within(0.01));
    assertThat(Double.parseDouble(id("location_longitude").getAttribute("value"))).isCloseTo(8.55, within(0.01));
    assertThat(place.getAttribute("aria-expanded")).isEqualTo("false");
  }

  @Test
  void editorsPanelsAreAccessible() {
    openForm("lang=fr");
    click("vaccinated_yes");
    click("booster_yes");
    new Select(id("vaccine_type")).selectByValue("CoronaVac_(Sinovac)");
    assertThat(new Select(id("vaccine_booster_type")).getOptions()).filteredOn(WebElement::isEnabled)
        .extracting(o -> o.getAttribute("value")).as("boosters with data after CoronaVac")
        .containsExactly("AZD1222_(AstraZeneca)", "BNT162b2_(Pfizer)", "CoronaVac_(Sinovac)", "Other");
    click("mechanical_ventilation");
    click("hepa_yes");
    click("p_probabilistic_exposure");
    click("precise_use");
    click("infected_dont_have_breaks_with_exposed");
    assertThat(id("DIVinfected_breaks").isDisplayed()).isTrue();
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the infected's breaks (French)").isEmpty();
    click("specific_use");
    assertThat(id("DIVregular_breaks").isDisplayed()).as("explicit breaks replace lunch and coffee").isFalse();
    assertThat(Axe.seriousViolations(browser)).as("accessibility with every panel open (French)").isEmpty();
  }

  @Test
  void disclaimerUnfoldsBelowTheForm() {
    openForm("lang=fr");
    assertThat(id("collapseDisclaimer").isDisplayed()).isFalse();
    click("disclaimer-toggle");
    // Bootstrap sets "show" once the unfolding transition has ended (before that only part of the text is visible)
    waiting().until(ExpectedConditions.attributeContains(By.id("collapseDisclaimer"), "class", "show"));
    assertThat(id("disclaimer-toggle").getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(id("collapseDisclaimer").getText()).contains("Aucune autorité compétente");
    assertThat(id("quick-guide").getAttribute("href")).endsWith("/user_interfaces/CAiMIRA/quick_guide");
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the disclaimer open").isEmpty();
  }
}
