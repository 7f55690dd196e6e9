package io.caimira.webapp.report;

import io.caimira.calculator.input.MinuteSpan;
import io.caimira.calculator.input.PopulationInput;
import io.caimira.calculator.input.Schedule;
import io.caimira.calculator.presence.Breaks;
import io.caimira.webapp.report.InputDataSections.Row;
import io.caimira.webapp.report.InputDataSections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The "Breaks" section of the input data tab (single-group inputs): the specific breaks when given (they replace
 * the lunch and coffee breaks), else the lunch break and every coffee break's times, for the exposed and, unless
 * they share them, the infected.
 */
final class BreakSection {
  private final ReportMessages msg;
  private final Locale locale;

  private BreakSection(ReportMessages msg, Locale locale) {
    this.msg = msg;
    this.locale = locale;
  }

  static Section of(PopulationInput p, ReportMessages msg, Locale locale) {
    return new BreakSection(msg, locale).section(p);
  }

  private Section section(PopulationInput p) {
    List<Row> rows = new ArrayList<>();
    if (p.specificBreaks() != null) {
      var specific = p.specificBreaks();
      rows.add(new Row(msg.specific_exposed(), spans(specific.exposed())));
      rows.add(new Row(msg.specific_infected(),
          specific.infected().isEmpty() ? msg.same_breaks() : spans(specific.infected())));
      rows.add(new Row(null, msg.specific_note()));
      return new Section(msg.section_breaks(), rows);
    }
    rows.add(new Row(msg.exposed_lunch(), lunch(p.exposed())));
    rows.add(new Row(msg.exposed_coffee(), coffee(p.exposed())));
    if (p.sharedBreaks()) {
      rows.add(new Row(msg.infected_lunch(), msg.same_breaks()));
    } else {
      rows.add(new Row(msg.infected_lunch(), lunch(p.infected())));
      rows.add(new Row(msg.infected_coffee(), coffee(p.infected())));
    }
    return new Section(msg.section_breaks(), rows);
  }

  private String lunch(Schedule s) {
    return s.lunch() ? span(s.lunchStart(), s.lunchFinish()) : msg.none();
  }

  private String coffee(Schedule s) {
    return s.coffeeBreaks() == 0 ? msg.none()
        : msg.coffee_breaks(s.coffeeBreaks(), ReportFormat.readableMinutes(s.coffeeDuration(), locale)) + ": "
            + Breaks.coffee(s).stream().map(this::span).collect(Collectors.joining(", "));
  }

  private String spans(List<MinuteSpan> spans) {
    return spans.isEmpty() ? msg.none() : spans.stream().map(this::span).collect(Collectors.joining(", "));
  }

  private String span(MinuteSpan s) {
    return span(s.start(), s.finish());
  }

  static String span(int start, int finish) {
    return ReportFormat.minutesToTime(start) + "–" + ReportFormat.minutesToTime(finish);
  }
}
