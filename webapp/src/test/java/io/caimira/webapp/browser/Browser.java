package io.caimira.webapp.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium, for the browser tests. Without Chromium the tests are skipped
 * (a developer machine), unless {@code -Dcaimira.browser.required=true} (CI, where {@code .ci/run} installs it):
 * then they fail.
 */
public final class Browser implements AutoCloseable {
  private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A new headless browser with a fresh profile, 1280×1000 pixels. */
  public static Browser start() {
    String binary = first(BINARIES);
    String chromedriver = first(DRIVERS);
    if (binary == null || chromedriver == null) {
      String missing = "Chromium and its driver are needed for the browser tests (apt-get install chromium "
          + "chromium-driver)";
      if (Boolean.getBoolean("caimira.browser.required")) {
        throw new IllegalStateException(missing);
      }
      Assumptions.abort(missing);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    // the flags that keep Chromium quiet and working on a closed network, as root, without a GPU
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--window-size=1280,1000", "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1280, 1000));
    return new Browser(driver);
  }

  private static String first(List<String> paths) {
    return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The browser console's errors (SEVERE entries) since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
