package io.caimira.webapp;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment settings of the web calculator, read from upstream's environment variables: {@code
 * APPLICATION_ROOT} (URL root of every page, default "/"), {@code CAIMIRA_CALCULATOR_PREFIX} (the calculator's
 * sub-path, default "/calculator"), {@code CAIMIRA_THEME} ("cern" for the CERN theme, anything else or unset for the
 * open theme), {@code CAIMIRA_PROFILER_ENABLED} (a non-zero integer switches it on), {@code DATA_SERVICE_ENABLED}, {@code CAIMIRA_RISK_THRESHOLDS} (the open theme's
 * risk levels, see {@link io.caimira.webapp.report.RiskThresholds})
 * (upstream's remote parameter registry: not offered; switching it on only logs a warning)
 * , {@code EXTRA_PAGES} and {@code CAIMIRA_EXTRA_PAGES_DIR} (a directory of the operator's page templates for
 * them). Templates reach it as {@code inject:web}.
 */
@Singleton
@jakarta.inject.Named("web")
public class WebSettings {
  private final String root;
  private final String prefix;
  private final boolean cernTheme;
  private final boolean profilerEnabled;
  private final String extraPages;
  private final Optional<String> extraPagesDir;
  private final io.caimira.webapp.report.RiskThresholds riskThresholds;

  WebSettings(
      @ConfigProperty(name = "APPLICATION_ROOT", defaultValue = "/") String root,
      @ConfigProperty(name = "CAIMIRA_CALCULATOR_PREFIX", defaultValue = "/calculator") String prefix,
      @ConfigProperty(name = "CAIMIRA_THEME") Optional<String> theme,
      @ConfigProperty(name = "CAIMIRA_PROFILER_ENABLED", defaultValue = "0") String profiler,
      @ConfigProperty(name = "DATA_SERVICE_ENABLED", defaultValue = "0") String dataService,
      @ConfigProperty(name = "EXTRA_PAGES", defaultValue = "[]") String extraPages,
      @ConfigProperty(name = "CAIMIRA_EXTRA_PAGES_DIR") Optional<String> extraPagesDir,
      @ConfigProperty(name = "CAIMIRA_RISK_THRESHOLDS") Optional<String> riskThresholds) {
    this.root = normalise(root);
    String p = normalise(prefix);
    this.prefix = p.isEmpty() ? "/calculator" : p;
    this.cernTheme = theme.map(t -> t.toLowerCase(java.util.Locale.ROOT).contains("cern")).orElse(false);
    this.profilerEnabled = nonZeroInteger(profiler);
    if (nonZeroInteger(dataService)) {
      // upstream fetches its parameter registry from a CERN data service on every request; ours is built in
      org.jboss.logging.Logger.getLogger(WebSettings.class).warn("DATA_SERVICE_ENABLED is set, but this version "
          + "has no remote data registry: the built-in model parameters (data version \"default\") are used");
    }
    this.extraPages = extraPages;
    this.extraPagesDir = extraPagesDir;
    // a wrong value stops the start with the reason rather than showing levels nobody chose
    this.riskThresholds = riskThresholds.filter(t -> !t.isBlank())
        .map(io.caimira.webapp.report.RiskThresholds::parse).orElse(io.caimira.webapp.report.RiskThresholds.CERN);
  }

  /**
   * The open theme's risk levels ({@code CAIMIRA_RISK_THRESHOLDS}, CERN's by default); the CERN theme always applies
   * CERN's rule.
   */
  public io.caimira.webapp.report.RiskThresholds riskThresholds() {
    return cernTheme ? io.caimira.webapp.report.RiskThresholds.CERN : riskThresholds;
  }

  /** "" for "/", else "/x" without a trailing slash. */
  static String normalise(String path) {
    String p = path == null ? "" : path.trim();
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!p.isEmpty() && !p.startsWith("/")) {
      p = "/" + p;
    }
    return p;
  }

  private static boolean nonZeroInteger(String value) {
    try {
      return Integer.parseInt(value.trim()) != 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The application root without a trailing slash ("" for "/"). */
  public String root() {
    return root;
  }

  /** The calculator prefix, e.g. "/calculator". */
  public String prefix() {
    return prefix;
  }

  /** A path below the application root, e.g. url("/static/x.css"). */
  public String url(String relative) {
    return root + relative;
  }

  /** A path below the calculator, e.g. calculatorUrl("/report"); calculatorUrl("") is the form. */
  public String calculatorUrl(String relative) {
    return root + prefix + relative;
  }

  public boolean cernTheme() {
    return cernTheme;
  }

  public boolean profilerEnabled() {
    return profilerEnabled;
  }

  /** The raw EXTRA_PAGES value (a list literal of {url_path, filename} entries). */
  public String extraPages() {
    return extraPages;
  }

  /** The directory of the operator's extra page templates, if set. */
  public Optional<String> extraPagesDir() {
    return extraPagesDir;
  }
}
