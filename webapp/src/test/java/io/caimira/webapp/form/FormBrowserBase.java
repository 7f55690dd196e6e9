package io.caimira.webapp.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.webapp.browser.BrowserPageTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests of the form share: no console error after any test, opening the form, waiting for the
 * report it sends, and reading the JSON the pages carry.
 */
abstract class FormBrowserBase extends BrowserPageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
  }

  WebDriver d() {
    return browser.driver();
  }

  WebDriverWait waiting() {
    return new WebDriverWait(d(), Duration.ofSeconds(60));
  }

  /** Opens the form; in English unless the query names a language (the choice is remembered by a cookie). */
  void openForm(String query) {
    String q = query.contains("lang=") ? query : query.isEmpty() ? "lang=en" : "lang=en&" + query;
    d().get(root + "calculator?" + q);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("generate_report")));
  }

  /** Waits for the report; a form shown again with the server's message fails with that message. */
  void reportOpens() {
    waiting().until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.className("prob-inf")),
        ExpectedConditions.presenceOfElementLocated(By.id("form-error"))));
    assertThat(d().findElements(By.id("form-error"))).as("the server's answer")
        .extracting(WebElement::getText).isEmpty();
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
