package io.caimira.webapp.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Extra pages from the operator's directory ({@code CAIMIRA_EXTRA_PAGES_DIR}, here a temporary one) next to the
 * application's own {@code pages/}; names that leave the directory are refused, even when the file exists.
 */
@QuarkusTest
@TestProfile(ExtraPagesDirTest.Operator.class)
class ExtraPagesDirTest {
  static final Path OUTSIDE = temporaryFiles();
  static final Path DIR = OUTSIDE.resolve("pages");

  /** outside/secret.html, outside/pages/{privacy.html, sub/team.html, link.html → ../secret.html}. */
  private static Path temporaryFiles() {
    try {
      // under the build directory, so that it goes with it
      Path outside = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "caimira-extra-pages");
      Path dir = Files.createDirectories(outside.resolve("pages").resolve("sub")).getParent();
      Files.writeString(outside.resolve("secret.html"), "<p>SECRET outside the pages directory</p>");
      Files.writeString(dir.resolve("privacy.html"), """
          {#include layout}
          {#title}Privacy – CAiMIRA{/title}
          <div class="container"><h1>Privacy</h1>
          <p id="operator-page">Operator page {active_page} in {lang}: {msg:nav_calculator}, <a href="{inject:web.calculatorUrl('')}">form</a>.</p>
          </div>
          {/include}
          """);
      Files.writeString(dir.resolve("sub").resolve("team.html"), "{#include layout}<p id=\"team\">Team</p>{/include}");
      Files.createSymbolicLink(dir.resolve("link.html"), outside.resolve("secret.html"));
      return outside;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static class Operator implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("CAIMIRA_EXTRA_PAGES_DIR", DIR.toString(), "EXTRA_PAGES", "["
          + "{'url_path': '/privacy', 'filename': 'privacy.html.j2'},"
          + "{'url_path': '/about/team', 'filename': 'sub/team.html'},"
          + "{'url_path': '/info', 'filename': 'test-info.html'},"
          + "{'url_path': '/up', 'filename': '../secret.html'},"
          + "{'url_path': '/hidden-up', 'filename': 'sub/../../secret.html'},"
          + "{'url_path': '/absolute', 'filename': '" + OUTSIDE.resolve("secret.html") + "'},"
          + "{'url_path': '/linked', 'filename': 'link.html'}]");
    }
  }

  @Test
  void operatorTemplatesAreRenderedInTheSiteLayout() {
    String page = given().when().get("/privacy?lang=fr").then().statusCode(200)
        .contentType(containsString("text/html")).extract().asString();
    assertThat(page).contains("Operator page privacy in fr: Calculateur", "href=\"/calculator\"",
        "<title>Privacy – CAiMIRA</title>", "href=\"/static/css/caimira.css\"");
    given().when().get("/about/team").then().statusCode(200).body(containsString("<p id=\"team\">Team</p>"))
        .body(containsString("<nav"));
  }

  @Test
  void theApplicationsOwnPagesAreStillFound() {
    given().when().get("/info").then().statusCode(200)
        .body(containsString("An extra page of this deployment (info)."));
  }

  @Test
  void namesLeavingTheDirectoryAreRefused() {
    for (String path : new String[] {"/up", "/hidden-up", "/absolute", "/linked"}) {
      given().when().get(path).then().statusCode(404).body(not(containsString("SECRET")));
    }
  }
}
