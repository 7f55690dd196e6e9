package io.caimira.webapp.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Accessibility audit of the page open in a {@link Browser} with axe-core (the npm package, as a WebJar from Maven
 * Central): the violations of impact "serious" or "critical", as "rule: help (n nodes: selector, …)" lines.
 */
public final class Axe {
  private static final String SCRIPT = load();

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The serious and critical violations of the current page (empty when there are none). */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(Browser browser) {
    browser.script(SCRIPT);
    Object result = browser.driver().executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))))"
            + ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));");
    return ((List<Map<String, Object>>) result).stream()
        .map(v -> v.get("id") + ": " + v.get("help") + " (" + ((List<?>) v.get("nodes")).size() + " nodes: "
            + String.join(", ", ((List<String>) v.get("nodes")).stream().limit(5).toList()) + ")")
        .toList();
  }
}
