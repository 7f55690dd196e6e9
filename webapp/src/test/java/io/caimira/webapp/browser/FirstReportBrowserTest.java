package io.caimira.webapp.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The form, filled and submitted in a real browser, gives a report whose probability of infection is the API's
 * for the same inputs and seed (equal to the last digit: same code, same seed).
 */
@QuarkusTest
class FirstReportBrowserTest extends BrowserPageTest {

  @Test
  void submittedFormShowsTheApisProbability() {
    var d = browser.driver();
    d.get(root + "calculator");
    assertThat(Axe.seriousViolations(browser)).as("accessibility of the form").isEmpty();
    d.findElement(By.id("simulation_name")).sendKeys("Browser office");
    d.findElement(By.id("room_number")).sendKeys("1/1-001");
    d.findElement(By.id("room_volume")).sendKeys("60");
    d.findElement(By.id("total_people")).sendKeys("10");
    d.findElement(By.id("generate_report")).click();
    new WebDriverWait(d, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
        By.className("prob-inf")));
    assertThat(d.getCurrentUrl()).contains("/calculator/report?c=");
    double shown = Double.parseDouble(d.findElement(By.className("prob-inf")).getAttribute("data-value"));

    // the same inputs and seed through the API
    String query = io.caimira.webapp.form.LinkCodec.decode(d.getCurrentUrl().replaceAll(".*[?&]c=", ""));
    var body = io.caimira.webapp.form.FormFields.ofQuery(query).toInput();
    String answer = given().contentType(ContentType.JSON).body(body.toString())
        .when().post("/api/virus/report")
        .then().statusCode(200).extract().asString();
    double api;
    try {
      api = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer)
          .at("/results/groups/group_1/prob_inf").asDouble();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(shown).isCloseTo(api, within(1e-12 * api));
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
