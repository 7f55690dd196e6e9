package io.caimira.webapp.form;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.calculator.input.Choices;
import io.caimira.webapp.CalculatorVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The form's fields start at the server's defaults and offer the calculator's values (webapp.md §2.2, defects B1
 * and B9).
 */
@QuarkusTest
class FormPageTest {
  private static String page() {
    return given().when().get("/calculator").then().statusCode(200).extract().asString();
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void defaultsAreTheServers() {
    String html = page();
    assertThat(html).contains("<option value=\"SARS_CoV_2\" selected>")
        .doesNotContain("value=\"SARS_CoV_2_OMICRON\" selected")
        .containsPattern("name=\"short_range_occupants\"[^>]*value=\"0\"")
        .containsPattern("name=\"windows_duration\"\\s+value=\"10\"")
        .containsPattern("name=\"windows_frequency\"\\s+value=\"60\"")
        .containsPattern("id=\"exposed_start\" name=\"exposed_start\"[^>]*\\s+value=\"08:30\"")
        .containsPattern("value=\"Type I\" checked")
        .containsPattern("id=\"no_ventilation\"\\s+value=\"no_ventilation\" checked")
        .contains("<option value=\"January\" selected>");
  }

  @Test
  void versionIsTheServers() {
    assertThat(page()).contains("<span>Calculator version v" + CalculatorVersion.VERSION + "</span>")
        .contains("name=\"calculator_version\" value=\"" + CalculatorVersion.VERSION + "\"");
  }

  @Test
  void splitBreaksSubmitOne() {
    assertThat(page()).containsPattern(
        "name=\"infected_dont_have_breaks_with_exposed\"\\s+id=\"infected_dont_have_breaks_with_exposed\" value=\"1\"");
  }

  @Test
  void listsAreTheCalculators() {
    String html = page();
    for (String vaccine : Choices.VACCINE_TYPES) {
      assertThat(html).contains("<option value=\"" + vaccine + "\"");
    }
    for (String booster : Choices.VACCINE_BOOSTER_TYPES) {
      assertThat(html).contains("<option value=\"" + booster + "\"");
    }
    assertThat(count(html, "<option value=\"[^\"]+\"[^>]*>[^<]*</option>")).isPositive();
    String activities = html.substring(html.indexOf("id=\"activity_type\" name=\"activity_type\""));
    activities = activities.substring(0, activities.indexOf("</select>"));
    assertThat(count(activities, "<option ")).isEqualTo(12);
    assertThat(activities).contains("value=\"office\" selected", "value=\"training_attendee\"", "value=\"gym\"")
        .doesNotContain("value=\"precise\"", "value=\"restaurant\"", "value=\"household-day\"");
  }

  @Test
  void frenchLabels() {
    String html = given().queryParam("lang", "fr").when().get("/calculator").then().statusCode(200).extract()
        .asString();
    assertThat(html).contains("Nom de la simulation", "Générer le rapport", ">mars</option>");
  }

  @Test
  void guidesAndDisclaimerInEnglishAndFrench() {
    String en = page();
    assertThat(en).contains("href=\"https://caimira.docs.cern.ch/user_interfaces/CAiMIRA/quick_guide\">Quick guide</a>",
        "href=\"https://caimira.docs.cern.ch/user_interfaces/CAiMIRA/full_guide\">Full user guide</a>")
        .containsPattern("<button class=\"btn btn-outline-secondary\" type=\"button\" id=\"disclaimer-toggle\" "
            + "data-bs-toggle=\"collapse\"\\s+data-bs-target=\"#collapseDisclaimer\" aria-expanded=\"false\" "
            + "aria-controls=\"collapseDisclaimer\">\\s+Disclaimer</button>")
        .contains("<div class=\"collapse mt-3\" id=\"collapseDisclaimer\">",
            "No competent authority has reviewed, approved or certified the tool.");
    String fr = given().when().get("/calculator?lang=fr").then().statusCode(200).extract().asString();
    assertThat(fr).contains(">Guide rapide</a>", "Guide complet de l", "Avertissement</button>",
        "Aucune autorité compétente n");
  }
}
