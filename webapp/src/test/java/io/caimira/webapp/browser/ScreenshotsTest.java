package io.caimira.webapp.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's screenshots of the form and of a report, taken in the browser: written to target/screenshots on
 * every run; copied to docs/images with {@code -Dcaimira.updateDocs=true}. The report is the baseline model's
 * (fixed seed), so the picture only changes when the page does.
 */
@QuarkusTest
class ScreenshotsTest extends BrowserPageTest {
  private static final Path OUT = Path.of("target", "screenshots");
  private static final Path DOCS = Path.of("..", "docs", "images");

  private static void save(String name) throws Exception {
    Files.createDirectories(OUT);
    Path shot = OUT.resolve(name);
    Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isGreaterThan(10_000);
    if (Boolean.getBoolean("caimira.updateDocs")) {
      Files.createDirectories(DOCS);
      Files.copy(shot, DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The baseline model's report in {@code lang}, once its results are there and its plots drawn. */
  private void openReport(String lang) {
    var d = browser.driver();
    d.get(root + "calculator/baseline-model/result?lang=" + lang);
    new WebDriverWait(d, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
        By.className("prob-inf")));
    new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> Boolean.TRUE.equals(browser.script(
        "return document.querySelectorAll('canvas, svg').length > 2")));
  }

  @Test
  void formAndReport() throws Exception {
    var d = browser.driver();
    d.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
    d.get(root + "calculator?lang=en");
    new WebDriverWait(d, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
        By.id("covid_calculator")));
    save("form.png");
    openReport("en");
    save("report.png");
    // the same report in French at a phone's width
    d.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1600));
    openReport("fr");
    save("report-fr-phone.png");
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
