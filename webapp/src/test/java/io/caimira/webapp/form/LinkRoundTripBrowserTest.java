package io.caimira.webapp.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Shareable links in a real browser: a link opens the form with every field shown (its panel visible), the form's
 * own serialisation gives the link's values back, the report built from it has them (its link and its "Input
 * data" tab), and the report's short link leads back to the same form and the same probability.
 */
@QuarkusTest
class LinkRoundTripBrowserTest extends FormBrowserBase {
  private static String query(Map<String, String> fields) {
    StringJoiner q = new StringJoiner("&");
    fields.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return q.toString();
  }

  /** Every field of the link has its value in the given fields (JSON values compared as JSON). */
  private static void holdsTheLink(String what, Map<String, String> fields, Map<String, String> link) {
    link.forEach((name, value) -> {
      assertThat(fields).as(what + ": " + name).containsKey(name);
      if (value.startsWith("{")) {
        assertThat(tree(fields.get(name))).as(what + ": " + name).isEqualTo(tree(value));
      } else {
        assertThat(fields.get(name)).as(what + ": " + name).isEqualTo(value);
      }
    });
  }

  /** What the form would post now: its own serialisation (the editors' JSON fields written as on submit). */
  @SuppressWarnings("unchecked")
  private Map<String, String> formSerialisation() {
    return (Map<String, String>) browser.script("CaimiraForm.prepareSubmission();"
        + " const out = {}; for (const [k, v] of new FormData(document.getElementById('covid_calculator'))) {"
        + " if (typeof v === 'string') { out[k] = v; } } return out;");
  }

  /**
   * The names of the link whose control (the checked radio, the enabled one of a name) is not displayed; hidden
   * inputs and the JSON fields written by an editor (groups, breaks, interactions, precise activity) are left out.
   */
  @SuppressWarnings("unchecked")
  private List<String> notShown(Map<String, String> link) {
    return (List<String>) browser.script("const form = document.getElementById('covid_calculator');"
        + " return arguments[0].filter(name => { const item = form.elements.namedItem(name);"
        + " const els = item instanceof RadioNodeList ? Array.from(item) : [item];"
        + " const el = els.find(e => e.type === 'radio' ? e.checked : !e.disabled) || els[0];"
        + " return el.type !== 'hidden' && !el.hasAttribute('data-json')"
        + " && !(el.offsetParent !== null && el.getClientRects().length > 0); });",
        List.copyOf(link.keySet()));
  }

  private void submit() {
    WebElement button = d().findElement(By.id("generate_report"));
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
    button.click();
    reportOpens();
  }

  private Map<String, String> reportInputs() {
    return FormFields.ofQuery(LinkCodec.decode(d().getCurrentUrl().replaceAll(".*[?&]c=", ""))).values();
  }

  /**
   * Opens the form from the link; checks that the form shows every value, that its serialisation and then the
   * report's inputs hold them, and that the report's "Input data" tab shows the given texts.
   *
   * @param hidden names of the link whose control is legitimately not shown (e.g. replaced by an editor)
   */
  private void roundTrip(Map<String, String> link, List<String> hidden, String... inputTab) {
    openForm(query(link));
    assertThat(notShown(link)).as("fields of the link not shown by the form").containsExactlyInAnyOrderElementsOf(hidden);
    holdsTheLink("the form's serialisation", formSerialisation(), link);
    submit();
    holdsTheLink("the report's inputs", reportInputs(), link);
    String tab = d().findElement(By.id("pane-input")).getAttribute("textContent").replaceAll("\\s+", " ");
    assertThat(tab).as("the Input data tab").contains(inputTab);
  }

  private static Map<String, String> basics(String name) {
    Map<String, String> link = new LinkedHashMap<>();
    link.put("simulation_name", name);
    link.put("room_number", "3/R-010");
    link.put("volume_type", "room_volume_explicit");
    link.put("room_volume", "90");
    link.put("total_people", "12");
    link.put("seed", "77");
    return link;
  }

  @Test
  void naturalVentilationProbabilisticExposureAndInfectedLunchSurviveARoundTrip() {
    Map<String, String> link = basics("Windows and incidence");
    link.put("ventilation_type", "natural_ventilation");
    link.put("windows_number", "3");
    link.put("window_height", "1.4");
    link.put("window_type", "window_hinged");
    link.put("window_width", "0.9");
    link.put("opening_distance", "0.3");
    link.put("window_opening_regime", "windows_open_periodically");
    link.put("windows_duration", "20");
    link.put("windows_frequency", "90");
    link.put("mask_wearing_option", "mask_on");
    link.put("mask_type", "Cloth");
    link.put("exposure_option", "p_probabilistic_exposure");
    link.put("geographic_population", "500000");
    link.put("geographic_cases", "1200");
    link.put("ascertainment_bias", "confidence_medium");
    link.put("infected_dont_have_breaks_with_exposed", "1");
    link.put("infected_lunch_option", "1");
    link.put("infected_lunch_start", "12:15");
    link.put("infected_lunch_finish", "13:00");
    roundTrip(link, List.of(), "1.40 m", "0.90 m", "0.30 m", "20 minutes", "90 minutes", "Cloth", "500000",
        "1200", "12:15–13:00");
  }

  @Test
  void mechanicalAirSupplyFfp2AndSensorFieldsSurviveARoundTrip() {
    Map<String, String> link = basics("Air supply");
    link.put("ventilation_type", "mechanical_ventilation");
    link.put("mechanical_ventilation_type", "mech_type_air_supply");
    link.put("air_supply", "450");
    link.put("mask_wearing_option", "mask_on");
    link.put("mask_type", "FFP2");
    link.put("arve_sensors_option", "1");
    link.put("sensor_in_use", "R-17");
    link.put("humidity", "0.6");
    link.put("inside_temp", "295");
    roundTrip(link, List.of(), "450 m³/h", "FFP2");
  }

  @Test
  void fittedVentilationSurvivesARoundTrip() {
    Map<String, String> link = basics("Fitted");
    link.put("ventilation_type", "from_fitting");
    link.put("CO2_fitting_result", "{\"exhalation_rate\": 0.42, \"ventilation_values\": [1.5, 3.25], "
        + "\"transition_times\": [8.5, 12.5, 17.5], \"room_capacity\": 14, \"ventilation_ls_values\": [37.5, 81.25], "
        + "\"ventilation_lsp_values\": [2.68, 5.8]}");
    openForm(query(link));
    WebElement opener = d().findElement(By.id("co2_fitting_open"));
    assertThat(opener.isDisplayed()).isTrue();
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", opener);
    opener.click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("co2_fit_stored")));
    assertThat(d().findElement(By.id("co2_exhalation_rate")).getText()).contains("0.42");
    assertThat(d().findElements(By.cssSelector("#co2_result_table tbody tr"))).hasSize(2);
    d().findElement(By.cssSelector("#co2_dialog .btn-close")).click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("co2_dialog")));
    // the input tab: ACH 1.5 and 3.25 h⁻¹ of the stored fit, as flow rates in the 90 m³ room (37.5 and 81.3 L/s)
    roundTrip(link, List.of(), "08:30–12:30", "37.5", "3.25", "81.3",
        "Exhalation rate from fitting algorithm – 0.42");
  }

  @Test
  void shareableLinkWithEveryKindOfFieldSurvivesARoundTrip() {
    Map<String, String> link = new LinkedHashMap<>();
    link.put("simulation_name", "Lab & friends + 100% \"quoted\"");
    link.put("room_number", "B/12");
    link.put("virus_type", "SARS_CoV_2_DELTA");
    link.put("vaccine_option", "1");
    link.put("vaccine_type", "BNT162b2_(Pfizer)");
    link.put("vaccine_booster_option", "1");
    link.put("vaccine_booster_type", "mRNA-1273_(Moderna)");
    link.put("volume_type", "room_volume_from_dimensions");
    link.put("floor_area", "25");
    link.put("ceiling_height", "3.2");
    link.put("room_heating_option", "1");
    link.put("location_name", "Paris, Île-de-France, FRA");
    link.put("location_latitude", "48.86669");
    link.put("location_longitude", "2.333330");
    link.put("ventilation_type", "mechanical_ventilation");
    link.put("mechanical_ventilation_type", "mech_type_air_changes");
    link.put("air_changes", "3.5");
    link.put("hepa_option", "1");
    link.put("hepa_amount", "250");
    link.put("mask_wearing_option", "mask_off");
    link.put("total_people", "9");
    link.put("exposure_option", "p_deterministic_exposure");
    link.put("infected_people", "2");
    link.put("activity_type", "precise");
    link.put("precise_activity", "{\"physical_activity\": \"Light activity\", \"respiratory_activity\": "
        + "[{\"type\": \"Breathing\", \"percentage\": 70}, {\"type\": \"Speaking\", \"percentage\": 30}]}");
    link.put("exposed_start", "09:00");
    link.put("exposed_finish", "18:00");
    link.put("infected_start", "10:00");
    link.put("infected_finish", "16:00");
    link.put("event_month", "March");
    link.put("short_range_option", "short_range_yes");
    link.put("short_range_occupants", "3");
    link.put("short_range_interactions", "{\"group_1\": [{\"expiration\": \"Speaking\", \"start_time\": \"10:30\", "
        + "\"duration\": 20}, {\"expiration\": \"Breathing\", \"start_time\": \"15:00\", \"duration\": 15}]}");
    link.put("infected_dont_have_breaks_with_exposed", "1");
    link.put("exposed_lunch_option", "1");
    link.put("exposed_lunch_start", "12:00");
    link.put("exposed_lunch_finish", "13:00");
    link.put("exposed_coffee_break_option", "coffee_break_2");
    link.put("exposed_coffee_duration", "10");
    link.put("infected_lunch_option", "0");
    link.put("infected_coffee_break_option", "coffee_break_4");
    link.put("infected_coffee_duration", "5");
    link.put("seed", "20250101");
    // the number of people with short-range interactions is set in the interactions' dialog
    roundTrip(link, List.of("short_range_occupants"), "Lab & friends + 100% \"quoted\"", "BNT162b2 (Pfizer)",
        "mRNA-1273 (Moderna)", "80.0 m³", "Paris, Île-de-France, FRA", "3.50 h⁻¹", "250 m³/h", "10:30", "15:00");
  }

  @Test
  void linkWithGroupsBreaksAndServerDefaultsSurvivesARoundTrip() {
    Map<String, String> link = new LinkedHashMap<>();
    link.put("simulation_name", "Groups");
    link.put("room_number", "7");
    link.put("virus_type", "SARS_CoV_2");
    link.put("volume_type", "room_volume_explicit");
    link.put("room_volume", "120");
    link.put("location_name", "Geneva, CHE");
    link.put("location_latitude", "46.20833");
    link.put("location_longitude", "6.14275");
    link.put("ventilation_type", "no_ventilation");
    link.put("mask_wearing_option", "mask_off");
    link.put("mask_type", "Type I");
    link.put("total_people", "7");
    link.put("occupancy", "{\"team\": {\"total_people\": 5, \"infected\": 1, \"presence\": [{\"start_time\": "
        + "\"09:00\", \"finish_time\": \"12:00\"}, {\"start_time\": \"13:00\", \"finish_time\": \"17:00\"}]}, "
        + "\"guests\": {\"total_people\": 2, \"infected\": 0, \"presence\": [{\"start_time\": \"14:00\", "
        + "\"finish_time\": \"15:00\"}]}}");
    link.put("specific_breaks", "{\"exposed_breaks\": [{\"start_time\": \"10:30\", \"finish_time\": \"10:45\"}], "
        + "\"infected_breaks\": []}");
    link.put("activity_type", "office");
    link.put("event_month", "January");
    link.put("short_range_option", "short_range_no");
    link.put("exposed_lunch_option", "1");
    link.put("exposed_coffee_break_option", "coffee_break_0");
    // groups replace the total, explicit breaks replace lunch and coffee, and a mask type shows with masks only
    roundTrip(link, List.of("total_people", "exposed_lunch_option", "exposed_coffee_break_option", "mask_type"),
        "team", "guests", "09:00–12:00", "14:00–15:00");
  }

  /** The report's own short link (/_c/…) opens the form again; resubmitted, it gives the same probability. */
  @Test
  void theReportsShortLinkLeadsBackToTheSameReport() {
    Map<String, String> link = basics("Short link");
    link.put("ventilation_type", "natural_ventilation");
    link.put("windows_number", "2");
    link.put("window_height", "1.2");
    link.put("opening_distance", "0.2");
    link.put("mask_wearing_option", "mask_on");
    link.put("mask_type", "FFP2");
    link.remove("seed");
    openForm(query(link));
    submit();
    Map<String, String> first = reportInputs();
    assertThat(first.get("seed")).as("the server chose a seed").isNotBlank();
    String probability = d().findElement(By.className("prob-inf")).getAttribute("data-value");
    WebElement shortLink = d().findElement(By.id("short-link"));
    assertThat(shortLink.getAttribute("href")).contains("/_c/");
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", shortLink);
    shortLink.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("generate_report")));
    assertThat(d().getCurrentUrl()).contains("/calculator?");
    holdsTheLink("the form from the short link", formSerialisation(), first);
    submit();
    assertThat(reportInputs()).isEqualTo(first);
    assertThat(d().findElement(By.className("prob-inf")).getAttribute("data-value")).isEqualTo(probability);
  }
}
