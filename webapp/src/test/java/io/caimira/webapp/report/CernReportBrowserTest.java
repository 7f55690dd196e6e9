package io.caimira.webapp.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.webapp.browser.Axe;
import io.caimira.webapp.browser.BrowserPageTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A report of the CERN theme ({@code CAIMIRA_THEME=cern}) in a real browser: axe finds no serious or critical
 * violation on the results nor with the "Applicable rules" tab open, and the print layout shows the rules pane
 * after the results and the input data.
 */
@QuarkusTest
@TestProfile(CernTheme.class)
class CernReportBrowserTest extends BrowserPageTest {

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private void load(Map<String, String> fields) {
    browser.driver().get(root + ReportCases.link(fields).substring(1));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
        browser.script("return document.body.dataset.reportReady === 'true';")));
  }

  private WebElement element(String id) {
    return browser.driver().findElement(By.id(id));
  }

  @Test
  void reportAndApplicableRulesAreAccessible() {
    load(ReportCases.office());
    assertThat(browser.driver().findElement(By.cssSelector(".pi-bubble")).getAttribute("class"))
        .as("the traffic light").contains("bg-danger");
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the CERN report").isEmpty();

    WebElement tab = element("tab-rules");
    browser.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", tab);
    tab.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("pane-rules")));
    assertThat(tab.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(element("pane-results").isDisplayed()).isFalse();
    assertThat(element("pane-rules").getText()).contains("below 2 %", "above 10 %");
    assertThat(Axe.seriousViolations(browser)).as("accessibility with the Applicable rules tab open").isEmpty();
  }

  @Test
  void printShowsTheRulesPane() {
    load(ReportCases.office());
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(element("pane-results").isDisplayed()).isTrue();
      assertThat(element("pane-input").isDisplayed()).isTrue();
      assertThat(element("pane-rules").isDisplayed()).as("the rules pane is printed").isTrue();
      assertThat(element("pane-rules").getText()).contains("below 2 %");
      assertThat(browser.driver().findElement(By.cssSelector(".cern-scale")).isDisplayed()).isTrue();
      assertThat(browser.driver().findElement(By.cssSelector(".report-tabs")).isDisplayed()).isFalse();
      Object order = browser.script("const r = id => document.getElementById(id).getBoundingClientRect().top;"
          + " return r('pane-results') < r('pane-input') && r('pane-input') < r('pane-rules');");
      assertThat(order).as("results, input data, then rules").isEqualTo(true);
    } finally {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
