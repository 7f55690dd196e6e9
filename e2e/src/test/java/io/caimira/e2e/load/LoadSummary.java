package io.caimira.e2e.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a run, read from the lines in which Gatling prints each assertion with its actual value, e.g.
 * {@code report page: 95th percentile of response time is less than 10000.0 : true (actual : 412.0)}: per request
 * type (and "Global") the number of requests and the 95th percentile of the response time in milliseconds.
 */
final class LoadSummary {
  static final String GLOBAL = "Global";
  private static final Pattern ASSERTION = Pattern.compile(
      "^(.+?): (95th percentile of response time|count of all events|count of failed events) .* : (?:true|false) "
          + "\\(actual : ([0-9.]+)\\)$", Pattern.MULTILINE);

  /** Figures of one request type; absent when the run printed none. */
  record Figures(OptionalLong count, OptionalLong failed, OptionalLong p95Millis) {
    private static final Figures NONE = new Figures(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
  }

  private final Map<String, Figures> byRequest;

  private LoadSummary(Map<String, Figures> byRequest) {
    this.byRequest = byRequest;
  }

  static LoadSummary parse(String console) {
    Map<String, Figures> figures = new LinkedHashMap<>();
    Matcher m = ASSERTION.matcher(console);
    while (m.find()) {
      long value = Math.round(Double.parseDouble(m.group(3)));
      Figures f = figures.getOrDefault(m.group(1), Figures.NONE);
      figures.put(m.group(1), switch (m.group(2)) {
        case "count of all events" -> new Figures(OptionalLong.of(value), f.failed(), f.p95Millis());
        case "count of failed events" -> new Figures(f.count(), OptionalLong.of(value), f.p95Millis());
        default -> new Figures(f.count(), f.failed(), OptionalLong.of(value));
      });
    }
    return new LoadSummary(figures);
  }

  Figures of(String request) {
    return byRequest.getOrDefault(request, Figures.NONE);
  }

  /** A plain-text table: the global line first, then the request types in the given order. */
  String table(String title, List<String> requests) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(String.format("%-28s %9s %9s%n", "request", "count", "p95 ms"));
    for (String request : concat(GLOBAL, requests)) {
      Figures f = of(request);
      out.append(String.format("%-28s %9s %9s%n", request, text(f.count()), text(f.p95Millis())));
    }
    of(GLOBAL).failed().ifPresent(failed -> out.append("failed requests: ").append(failed).append('\n'));
    return out.toString();
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String text(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "?";
  }
}
