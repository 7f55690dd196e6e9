package io.caimira.webapp.report;

import io.caimira.webapp.i18n.Bundles;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.report.AlternativeScenarioStats;
import io.caimira.calculator.report.AlternativeScenarios;
import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.CalculatorVersion;
import io.caimira.webapp.WebSettings;
import io.caimira.webapp.co2.Co2Messages;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.i18n.Languages;
import io.caimira.webapp.pages.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Renders the report page of a computed report, and the friendly page when a report cannot be computed in time. */
@Singleton
public class ReportPage {
  /** The creation time in the page's language: "6 December 2026, 20:47:34 UTC", "6 décembre 2026, …". */
  private static final String DATE = "d MMMM yyyy, HH:mm:ss 'UTC'";
  /** Upstream shows the data registry's version, "default" without the data service. */
  private static final String DATA_VERSION = "default";

  private final Template report;
  private final Template unavailable;
  private final WebSettings web;
  private final io.caimira.calculator.CalculatorService calculator;
  private final ReportPdf pdf;
  /** This server's build (the Maven project version), shown beside the calculator version. */
  private final String build;

  ReportPage(@Location("calculator/report.html") Template report,
      @Location("calculator/report/unavailable.html") Template unavailable, WebSettings web,
      io.caimira.calculator.CalculatorService calculator, ReportPdf pdf,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String build) {
    this.calculator = calculator;
    this.pdf = pdf;
    this.report = report;
    this.unavailable = unavailable;
    this.web = web;
    this.build = build;
  }

  /**
   * The report as a PDF ({@link ReportPdf}): the same content as {@link #show}, in the locale's language.
   *
   * @param origin the request's scheme, host and port (for the short link)
   */
  public byte[] pdf(VirusReport result, VirusInput input, FormFields fields, URI origin, String parameter,
      Locale locale) {
    String shortLinks = origin.getScheme() + "://" + origin.getRawAuthority() + web.url("/_c/");
    ReportLinks links = ReportLinks.of(fields, shortLinks, web.calculatorUrl("/report") + "?" + parameter + "=");
    ReportView view = view(result, input, fields, links, locale);
    FittedVentilation fit = InputDataSections.fitted(input, fields.get("CO2_fitting_result"));
    return pdf.render(view, result, fit == null ? null : fit.series(), locale);
  }

  /**
   * The report page (200).
   *
   * @param origin the request's scheme, host and port (for the short link)
   * @param parameter the query parameter of the compressed inputs
   */
  public Response show(VirusReport result, VirusInput input, FormFields fields, URI origin, String parameter,
      String lang, HttpHeaders headers) {
    Locale locale = Languages.of(lang, headers);
    String shortLinks = origin.getScheme() + "://" + origin.getRawAuthority() + web.url("/_c/");
    ReportLinks links = ReportLinks.of(fields, shortLinks, web.calculatorUrl("/report") + "?" + parameter + "=");
    ReportView view = view(result, input, fields, links, locale);
    return Response.ok(Pages.render(report.instance().data("view", view), lang, headers))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
  }

  /** 503 with a message: the report took too long ({@code timeout}) or every worker is busy. */
  public Response unavailable(boolean timeout, String retry, String lang, HttpHeaders headers) {
    return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Retry-After", "30")
        .entity(Pages.render(unavailable.instance().data("timeout", timeout).data("retry", retry), lang, headers))
        .build();
  }

  ReportView view(VirusReport r, VirusInput in, FormFields fields, ReportLinks links, Locale locale) {
    ReportMessages msg = Bundles.of(ReportMessages.class, locale);
    boolean legacy = !in.population().hasOccupancy();
    AlternativeScenarios alternatives = r.alternativeScenarios();
    AlternativeScenarioStats withoutShortRange = alternatives == null ? null
        : alternatives.stats().get(AlternativeScenarios.WITHOUT_SHORT_RANGE);
    Double longRangeProbabilistic = withoutShortRange == null ? null : withoutShortRange.probProbabilisticExposure();
    List<GroupView> groups = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, GroupReport> e : r.groups().entrySet()) {
      groups.add(GroupView.of(e.getKey(), index++, e.getValue(), legacy, longRangeProbabilistic,
          web.riskThresholds(), locale));
    }
    List<ScenarioRow> rows = new ArrayList<>();
    if (alternatives != null && !in.shortRange().enabled()) {
      alternatives.stats().forEach((name, s) -> rows.add(new ScenarioRow(name, ScenarioNames.of(name, msg),
          s.probabilityOfInfection(),
          s.expectedNewCases(), RiskLevel.of(s.probabilityOfInfection(), s.expectedNewCases(), legacy,
          web.riskThresholds()), locale)));
    }
    QrModules qr = QrModules.of(links.shortLink());
    FittedVentilation fit = InputDataSections.fitted(in, fields.get("CO2_fitting_result"));
    // the server's own version, never the client's calculator_version (webapp.md §7.2)
    return new ReportView(in.metadata().simulationName(), ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(DATE, locale)),
        CalculatorVersion.VERSION, build, DATA_VERSION, groups, !legacy, in.incidence().probabilistic(), in.shortRange().enabled(),
        in.location().name(), in.population().infectedPeople(), in.population().totalPeople(), rows,
        in.conditionalProbability(), links, QrCodeSvg.of(qr, msg.qr_title()), qr.json(),
        ReportSeries.embeddable(ReportSeries.of(r, fit == null ? null : fit.series(),
            name -> ScenarioNames.of(name, msg))),
        InputDataSections.of(in, weatherText(in, r.model().weatherStation() != null, msg, locale), fit, msg, locale),
        web.cernTheme(),
        groups.get(0).risk(), String.format(locale, "%.0f", GroupView.max(r.co2Concentrations())),
        fit == null ? List.of() : fit.checks(Bundles.of(Co2Messages.class, locale), locale),
        riskScale(web.riskThresholds(), legacy, msg, locale));
  }

  /**
   * Where the outside temperatures came from, in the page's language: the user's own values, or the weather data's
   * source with its distance when it is far from the location; null when the report did not use them.
   */
  private String weatherText(VirusInput in, boolean used, ReportMessages msg, Locale locale) {
    if (!used) {
      return null;
    }
    var own = in.location().outside();
    if (own != null) {
      return own.givenHourly()
          ? msg.outside_own_hourly(String.format(locale, "%.1f", own.low()), String.format(locale, "%.1f", own.high()))
          : msg.outside_own_min_max(String.format(locale, "%.1f", own.minCelsius()),
              String.format(locale, "%.1f", own.maxCelsius()));
    }
    var info = calculator.weatherSource(in.location().latitude(), in.location().longitude());
    if (info == null || info.source() == null) {
      return null;
    }
    String source = ScenarioNames.weatherSource(info.source(), msg);
    return info.nearby() || !Double.isFinite(info.distanceKm()) ? source
        : msg.weather_far_source(source, String.format(locale, "%,.0f", info.distanceKm()));
  }

  private static String riskScale(RiskThresholds t, boolean legacy, ReportMessages msg, Locale locale) {
    return legacy
        ? msg.risk_scale_cases(t.attentionText(locale), t.highText(locale), t.casesText(locale))
        : msg.risk_scale(t.attentionText(locale), t.highText(locale));
  }
}
