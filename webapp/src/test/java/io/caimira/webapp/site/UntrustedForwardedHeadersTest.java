package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Without a trusted proxy (the default, e.g. {@code ./caimira serve}), a client's X-Forwarded-Host, -Proto, -Prefix
 * or Forwarded header changes no redirect, short link, QR code or permalink.
 */
@QuarkusTest
class UntrustedForwardedHeadersTest {
  private static final String ARGS = "simulation_name=Proxy&room_volume=75";
  private static final String EVIL = "evil.example";

  private static RequestSpecification forged() {
    return given().redirects().follow(false).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", EVIL)
        .header("X-Forwarded-Prefix", "/trap").header("Forwarded", "proto=https;host=" + EVIL);
  }

  @Test
  void redirectsStayOnThisServer() {
    forged().when().get("/_c/" + LinkCodec.encodeStandard(ARGS)).then().statusCode(302)
        .header("Location", startsWith("http://localhost:"));
    String location = forged().when().get("/calculator/baseline-model/result").then().statusCode(302)
        .extract().header("Location");
    assertThat(URI.create(location).getPath()).isEqualTo("/calculator/report");
    assertThat(location).startsWith("http://localhost:").doesNotContain(EVIL, "/trap");
    forged().formParams(Scenarios.office("Proxy", 3).values()).when().post("/calculator/report").then()
        .statusCode(303).header("Location", startsWith("http://localhost:"));
  }

  @Test
  void shortLinkAndQrCodeOfTheReportStayOnThisServer() {
    String location = given().redirects().follow(false).when().get("/calculator/baseline-model/result").then()
        .statusCode(302).extract().header("Location");
    URI report = URI.create(location);
    String path = report.getRawPath() + "?" + report.getRawQuery();
    Document plain = Jsoup.parse(given().when().get(path).then().statusCode(200).extract().asString());
    Document withHeaders = Jsoup.parse(forged().when().get(path).then().statusCode(200).extract().asString());
    String shortLink = withHeaders.getElementById("short-link").text();
    assertThat(shortLink).startsWith("http://localhost:").contains("/_c/").doesNotContain(EVIL, "/trap");
    assertThat(shortLink).isEqualTo(plain.getElementById("short-link").text());
    // the QR code is drawn from the same link: the very same modules as without the headers
    assertThat(withHeaders.getElementById("qr-link").html()).isEqualTo(plain.getElementById("qr-link").html())
        .contains("<svg");
    assertThat(withHeaders.getElementById("report-qr").data())
        .isEqualTo(plain.getElementById("report-qr").data());
  }

  @Test
  void comparisonPermalinkStaysOnThisServer() {
    String page = forged().queryParam("c", Scenarios.code(Scenarios.office("Proxy", 3))).when()
        .get("/calculator/compare").then().statusCode(200).extract().asString();
    assertThat(page).contains("value=\"http://localhost:").doesNotContain(EVIL, "/trap/");
  }
}
