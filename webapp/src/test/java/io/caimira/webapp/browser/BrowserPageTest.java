package io.caimira.webapp.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests: one headless Chromium for all the tests of a class ({@link Browser}), and the
 * application's root URL. Subclasses are {@code @QuarkusTest}s.
 */
public abstract class BrowserPageTest {
  protected static Browser browser;

  @TestHTTPResource("/")
  protected URL root;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
