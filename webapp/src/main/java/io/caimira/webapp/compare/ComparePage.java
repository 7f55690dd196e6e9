package io.caimira.webapp.compare;

import io.caimira.webapp.i18n.Bundles;
import io.caimira.api.ReportExecutor;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.report.GroupReport;
import io.caimira.calculator.report.VirusReport;
import io.caimira.webapp.PathRouting;
import io.caimira.webapp.WebSettings;
import io.caimira.webapp.errors.PageProblem;
import io.caimira.webapp.form.FormFields;
import io.caimira.webapp.i18n.Languages;
import io.caimira.webapp.links.PublicUrls;
import io.caimira.webapp.pages.CalculatorPage;
import io.caimira.webapp.pages.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * {@code {calculator}/compare?c=…&c=…}: up to four saved scenarios (their compressed inputs, as in report links)
 * side by side — probability of infection, expected new cases and key inputs in a table, the mean concentration
 * curves in one plot. The scenarios are computed on the server, one after the other in one report task, as the
 * report page computes one.
 */
@Path(PathRouting.CALCULATOR + "/compare")
public class ComparePage {
  /** The most scenarios compared at once. */
  static final int MAX = 4;

  private final Template page;
  private final CalculatorService calculator;
  private final ReportExecutor executor;
  private final WebSettings web;

  ComparePage(@Location("compare/page.html") Template page, CalculatorService calculator, ReportExecutor executor,
      WebSettings web) {
    this.page = page;
    this.calculator = calculator;
    this.executor = executor;
    this.web = web;
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public CompletionStage<Response> get(@QueryParam(CalculatorPage.INPUTS) List<String> given,
      @QueryParam("lang") String lang, @Context HttpHeaders headers, @Context UriInfo uri) {
    List<String> entered = given == null ? List.of()
        : given.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    if (entered.size() > MAX) {
      throw new PageProblem(400, l -> texts(l).too_many(entered.size()));
    }
    List<String> codes = entered.stream().map(ScenarioCodes::of).toList();
    List<FormFields> inputs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      try {
        inputs.add(ScenarioCodes.inputs(codes.get(i)));
      } catch (IllegalArgumentException e) {
        int n = i + 1;
        throw new PageProblem(400, l -> texts(l).invalid_link(n));
      }
    }
    Locale locale = Languages.of(lang, headers);
    String link = PublicUrls.absolute(uri, web.calculatorUrl("/compare")
        + codes.stream().map(c -> CalculatorPage.INPUTS + "=" + URLEncoder.encode(c, StandardCharsets.UTF_8))
            .collect(Collectors.joining("&", codes.isEmpty() ? "" : "?", "")));
    if (inputs.isEmpty()) {
      return CompletableFuture.completedFuture(render(List.of(), codes, link, locale, lang, headers));
    }
    CompletableFuture<List<VirusReport>> reports;
    try {
      reports = executor.submit(() -> compute(inputs));
    } catch (RejectedExecutionException e) {
      throw new PageProblem(503, l -> texts(l).busy());
    }
    return reports.handle((list, error) -> {
      Throwable cause = error instanceof CompletionException ? error.getCause() : error;
      if (cause instanceof ScenarioInputError bad) {
        throw new PageProblem(400, l -> texts(l).invalid_input(bad.number, bad.error.message(l)));
      }
      if (cause instanceof TimeoutException || cause instanceof OutOfMemoryError
          || cause instanceof CancellationException) {
        throw new PageProblem(503, l -> texts(l).busy());
      }
      if (cause != null) {
        throw new CompletionException(cause);
      }
      CompareMessages m = texts(locale);
      List<String> names = names(inputs, m);
      List<ComparedScenario> scenarios = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        scenarios.add(scenario(i + 1, codes.get(i), names.get(i), inputs.get(i), list.get(i), m, locale));
      }
      return render(scenarios, codes, link, locale, lang, headers);
    });
  }

  private List<VirusReport> compute(List<FormFields> inputs) {
    List<VirusReport> reports = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      try {
        reports.add((VirusReport) calculator.virusReport(inputs.get(i).toInput(), ReportOptions.DEFAULT));
      } catch (InputError e) {
        throw new ScenarioInputError(i + 1, e);
      }
    }
    return reports;
  }

  private Response render(List<ComparedScenario> scenarios, List<String> codes, String link, Locale locale,
      String lang, HttpHeaders headers) {
    List<String> fields = new ArrayList<>(codes);
    while (fields.size() < MAX) {
      fields.add("");
    }
    return Response.ok(Pages.render(page.instance().data("scenarios", scenarios).data("fields", fields)
        .data("labels", KeyInputs.labels(texts(locale))).data("link", link), lang, headers)).build();
  }

  /**
   * The column names: the simulation names, "Scenario n" for a scenario without one, and the column's number added
   * to every name that more than one scenario has ("Office – Scenario 2"), so that the table and the plot's legend
   * tell them apart.
   */
  static List<String> names(List<FormFields> inputs, CompareMessages m) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String given = inputs.get(i).get("simulation_name");
      names.add(given == null || given.isBlank() ? m.scenario(i + 1) : given.strip());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      boolean shared = java.util.Collections.frequency(names, name) > 1;
      out.add(shared ? m.scenario_of(name, m.scenario(i + 1)) : name);
    }
    return out;
  }

  private static ComparedScenario scenario(int number, String code, String name, FormFields inputs,
      VirusReport report, CompareMessages m, Locale locale) {
    GroupReport group = report.groups().values().iterator().next();
    double[] times = report.times();
    double[] concentrations = group.concentrations();
    StringBuilder points = new StringBuilder("[");
    int peak = -1;
    for (int i = 0; i < times.length; i++) {
      if (Double.isFinite(times[i]) && Double.isFinite(concentrations[i])) {
        points.append(points.length() > 1 ? "," : "").append('[').append(times[i]).append(',')
            .append(concentrations[i]).append(']');
        if (peak < 0 || concentrations[i] > concentrations[peak]) {
          peak = i;
        }
      }
    }
    points.append(']');
    String peakText = peak < 0 ? "–" : m.peak_text(String.format(locale, "%.3g", concentrations[peak]),
        clock(times[peak]));
    return new ComparedScenario(number, code, name, group.probInf(), Numbers.percentage(group.probInf(), locale),
        group.expectedNewCases(), String.format(locale, "%.2f", group.expectedNewCases()),
        KeyInputs.values(inputs, report, m, locale), peakText, points.toString());
  }

  /** A decimal hour as HH:MM. */
  private static String clock(double hours) {
    long minutes = Math.round(hours * 60);
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  static CompareMessages texts(Locale locale) {
    return Bundles.of(CompareMessages.class, locale);
  }

  /** Bad inputs in one of the scenarios (numbered from 1). */
  private static final class ScenarioInputError extends RuntimeException {
    final int number;
    final InputError error;

    ScenarioInputError(int number, InputError cause) {
      super(cause.getMessage(), cause);
      this.number = number;
      this.error = cause;
    }
  }
}
