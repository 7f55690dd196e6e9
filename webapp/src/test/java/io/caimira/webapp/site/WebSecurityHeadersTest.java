package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.caimira.session.SecurityHeaders;
import io.caimira.webapp.form.LinkCodec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer of the web calculator (pages, the API's JSON under /api, redirects, HTML and JSON errors,
 * static files) carries the security headers, once; and the oversized requests are answered as documented.
 */
@QuarkusTest
class WebSecurityHeadersTest {

  private static Response check(Response r, int status) {
    assertThat(r.statusCode()).as(r.asString().substring(0, Math.min(200, r.asString().length()))).isEqualTo(status);
    for (var e : SecurityHeaders.forPath("/").entrySet()) {
      assertThat(r.headers().getValues(e.getKey())).as(e.getKey() + " of a " + status).containsExactly(e.getValue());
    }
    return r;
  }

  private static io.restassured.specification.RequestSpecification req() {
    return given().redirects().follow(false);
  }

  @Test
  void pagesAndRedirects() {
    check(req().get("/"), 200);
    check(req().get("/calculator"), 200);
    check(req().get("/calculator/compare"), 200);
    check(req().get("/expert-app"), 200);
    check(req().get("/_c/" + LinkCodec.encodeStandard("simulation_name=H&room_volume=75")), 302);
    check(req().formParams(Scenarios.office("Headers", 1).values()).post("/calculator/report"), 303);
  }

  @Test
  void errorPages() {
    check(req().get("/no/such/page"), 404).then().contentType(ContentType.HTML);
    check(req().get("/_c/invalid-data"), 400).then().contentType(ContentType.HTML);
    check(req().formParams(Scenarios.office("Headers", 1).values()).header("Origin", "https://evil.example")
        .post("/calculator/report"), 403).then().contentType(ContentType.HTML);
    check(req().get("/calculator?x=" + "a".repeat(5000)), 414).then().contentType(ContentType.HTML);
  }

  @Test
  void staticFiles() {
    check(req().get("/static/css/caimira.css"), 200);
    check(req().get("/static/js/site.js"), 200);
    check(req().get("/static/images/caimira.svg"), 200);
    check(req().get("/_static/bootstrap/dist/css/bootstrap.min.css"), 200);
    check(req().get("/_static/echarts/dist/echarts.min.js"), 200);
    check(req().get("/static/js/chart-text.js"), 200);
  }

  @Test
  void theApiUnderApi() {
    check(req().get("/api/"), 200);
    check(req().contentType(ContentType.JSON).body("{}").post("/api/virus/report"), 400)
        .then().contentType(ContentType.JSON);
    check(req().get("/api/virus/report"), 405).then().contentType(ContentType.JSON);
    check(req().get("/api/no/such/route"), 404).then().contentType(ContentType.JSON);
    check(req().body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/virus/report"), 415)
        .then().contentType(ContentType.JSON);
    check(req().get("/api/virus/report?x=" + "a".repeat(5000)), 414).then().contentType(ContentType.JSON)
        .body("message", org.hamcrest.Matchers.startsWith("Request URI too long"));
    check(req().contentType(ContentType.JSON).body(new byte[10 * 1024 * 1024 + 1]).post("/api/virus/report"), 413)
        .then().contentType(ContentType.JSON);
    check(req().get("/q/health/ready"), 200);
  }
}
