package io.caimira.webapp.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.webapp.browser.Axe;
import io.caimira.webapp.browser.BrowserPageTest;
import io.caimira.webapp.form.FormFields;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The comparison page in a real browser (the API's numbers, the plot drawn, the saved-scenario list) and the
 * accessibility of the landing, expert-app and error pages.
 */
@QuarkusTest
class SitePagesBrowserTest extends BrowserPageTest {

  private WebDriverWait waiting() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
  }

  /**
   * The pages' Content-Security-Policy is in force: an inline script added to a page does not run and the browser
   * reports the violation in the console, which the other browser tests find empty on every page they open.
   */
  @Test
  void anInlineScriptIsRefusedAndReported() {
    browser.driver().get(root + "calculator");
    assertThat(browser.consoleErrors()).isEmpty();
    Object ran = browser.script("const s = document.createElement('script'); s.textContent = 'window.inlineRan = 1;';"
        + " document.body.appendChild(s); return window.inlineRan === 1;");
    assertThat(ran).isEqualTo(false);
    assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("Content Security Policy"));
  }

  @Test
  void comparisonOfTwoScenarios() {
    FormFields a = Scenarios.office("Closed office", 31);
    FormFields b = Scenarios.ventilatedOffice("Ventilated office", 32);
    var d = browser.driver();
    d.get(root + "calculator/compare?c=" + Scenarios.code(a) + "&c=" + Scenarios.code(b));
    waiting().until(x -> "2".equals(x.findElement(By.id("compare-chart")).getAttribute("data-series")));

    List<WebElement> probabilities = d.findElements(By.cssSelector("td.prob-inf"));
    assertThat(probabilities).hasSize(2);
    assertThat(Double.parseDouble(probabilities.get(0).getAttribute("data-value")))
        .isEqualTo(ComparePageTest.api(a).get("prob_inf").asDouble());
    assertThat(Double.parseDouble(probabilities.get(1).getAttribute("data-value")))
        .isEqualTo(ComparePageTest.api(b).get("prob_inf").asDouble());
    List<WebElement> cases = d.findElements(By.cssSelector("td.expected-cases"));
    assertThat(Double.parseDouble(cases.get(1).getAttribute("data-value")))
        .isEqualTo(ComparePageTest.api(b).get("expected_new_cases").asDouble());
    // two drawn lines in the SVG plot, and its legend names the scenarios
    Number lines = (Number) browser.script("return document.querySelectorAll('#compare-chart svg path')"
        + ".length;");
    assertThat(lines.intValue()).isGreaterThan(2);
    assertThat(d.findElement(By.id("compare-chart")).getText()).contains("Closed office", "Ventilated office");
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the comparison").isEmpty();
    // the language switch keeps the scenarios
    assertThat(d.findElement(By.cssSelector("a[hreflang=fr]")).getAttribute("href"))
        .contains("c=" + Scenarios.code(a), "c=" + Scenarios.code(b), "lang=fr");

    // save the second scenario, then use it from the list on an empty comparison
    WebElement save = d.findElements(By.cssSelector("button[data-compare-save]")).get(1);
    // Bootstrap scrolls smoothly: bring the button into view at once before clicking it
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", save);
    save.click();
    assertThat(d.findElement(By.id("compare-status")).getText()).isEqualTo("Saved to your comparison list.");
    d.get(root + "calculator/compare");
    WebElement saved = waiting().until(x -> x.findElement(By.cssSelector("#saved-list li")));
    assertThat(saved.getText()).contains("Ventilated office");
    saved.findElement(By.tagName("button")).click();
    assertThat(d.findElement(By.id("scenario-1")).getAttribute("value")).isEqualTo(Scenarios.code(b));
    d.findElement(By.id("compare-submit")).click();
    waiting().until(x -> "1".equals(x.findElement(By.id("compare-chart")).getAttribute("data-series")));
    assertThat(Double.parseDouble(d.findElement(By.cssSelector("td.prob-inf")).getAttribute("data-value")))
        .isEqualTo(ComparePageTest.api(b).get("prob_inf").asDouble());
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /**
   * Every report offers "Add to comparison"; two saved reports of the same name are told apart in the saved list
   * (by when they were saved) and in the comparison (by their column).
   */
  @Test
  void reportsAreAddedToTheComparisonAndEqualNamesToldApart() {
    var d = browser.driver();
    d.get(root + "calculator/compare");
    browser.script("window.localStorage.removeItem('caimira.comparison');");
    FormFields a = Scenarios.office("Same name", 31);
    FormFields b = Scenarios.ventilatedOffice("Same name", 32);
    for (FormFields f : List.of(a, b)) {
      d.get(root + "calculator/report?c=" + Scenarios.code(f));
      WebElement add = waiting().until(x -> x.findElement(By.id("compare-button")));
      browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", add);
      add.click();
      assertThat(d.findElement(By.id("compare-status")).getText()).isEqualTo("Saved to your comparison list.");
    }
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the report's header").isEmpty();
    d.findElement(By.id("compare-page-link")).click();
    List<WebElement> saved = waiting().until(x -> {
      List<WebElement> items = x.findElements(By.cssSelector("#saved-list li > span"));
      return items.size() == 2 ? items : null;
    });
    List<String> names = saved.stream().map(WebElement::getText).toList();
    assertThat(names).allMatch(n -> n.startsWith("Same name (")).doesNotHaveDuplicates();
    for (int i = 0; i < 2; i++) {
      d.findElements(By.cssSelector("#saved-list li")).get(i).findElement(By.tagName("button")).click();
    }
    d.findElement(By.id("compare-submit")).click();
    waiting().until(x -> "2".equals(x.findElement(By.id("compare-chart")).getAttribute("data-series")));
    assertThat(d.findElements(By.cssSelector("th.scenario-name")).stream().map(WebElement::getText).toList())
        .containsExactly("Same name – Scenario 1", "Same name – Scenario 2");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void landingExpertAndErrorPagesAreAccessible() {
    var d = browser.driver();
    for (String page : List.of("", "?lang=fr", "expert-app", "doesnt-exist", "_c/invalid-data", "test-failure")) {
      d.get(root + page);
      waiting().until(x -> x.findElement(By.tagName("h1")).isDisplayed());
      assertThat(Axe.seriousViolations(browser)).as("accessibility of /" + page).isEmpty();
    }
    d.get(root + "?lang=en");
    d.findElement(By.id("nav-apps")).click();
    waiting().until(x -> x.findElement(By.cssSelector("a.dropdown-item[href$='/compare']")).isDisplayed());
    assertThat(browser.consoleErrors()).allMatch(e -> e.contains("404") || e.contains("400") || e.contains("500"));
  }
}
