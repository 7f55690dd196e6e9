package io.caimira.webapp.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.calculator.input.VentilationInput;
import io.caimira.calculator.co2.FitPlausibility;
import io.caimira.webapp.co2.Co2Messages;
import io.caimira.webapp.co2.FitChecks;
import io.caimira.webapp.co2.FitSeries;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CO₂ fit of a {@code from_fitting} ventilation as the report shows it (webapp.md §3.7, §4.4): the room
 * capacity, one table row per interval with the fitted air changes, the flow rate and the flow rate per person,
 * and the exhalation rate. The air changes and times are the model's (the parsed input); the flow rates are
 * computed from them and the room volume (L/s = ACH / 3600 × V × 1000, per person ÷ capacity), so they describe
 * what was simulated. The exhalation rate and the capacity are only displayed: they are read from the submitted
 * {@code CO2_fitting_result}, and left out when absent or not numbers; so is the stored measured series
 * ({@link FitSeries}), which the report's CO₂ plot shows when it is there.
 *
 * @param exhalationRate m³/h, or null
 * @param capacity the room's design occupancy, or null
 * @param series the measured and fitted CO₂ kept with the fit, or null
 */
record FittedVentilation(VentilationInput.Fitting fitting, double volume, Double exhalationRate, Integer capacity,
    FitSeries series) {
  private static final ObjectMapper JSON = io.caimira.calculator.input.InputJson.mapper();

  /** @param stored the form's {@code CO2_fitting_result} (JSON text), possibly null */
  static FittedVentilation of(VentilationInput.Fitting fitting, double volume, String stored) {
    JsonNode fit = parse(stored);
    JsonNode rate = fit.path("exhalation_rate");
    Double exhalation = rate.isNumber() && Double.isFinite(rate.asDouble()) && rate.asDouble() >= 0
        ? rate.asDouble() : null;
    return new FittedVentilation(fitting, volume, exhalation, capacity(fit.path("room_capacity")),
        FitSeries.read(fit));
  }

  /**
   * The sentences saying what is implausible in the fit (its stored exhalation rate, the simulated air changes),
   * empty for a plausible one.
   */
  List<String> checks(Co2Messages co2, Locale locale) {
    double rate = exhalationRate == null ? Double.NaN : exhalationRate;
    return FitChecks.sentences(FitPlausibility.of(rate, fitting.ventilationValues()), fitting.transitionTimes(),
        co2, locale);
  }

  private static JsonNode parse(String stored) {
    if (stored == null || stored.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(stored);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  /** A positive whole number, given as a number or as a text (upstream sends '' for none). */
  private static Integer capacity(JsonNode c) {
    String text = c.isNumber() || c.isTextual() ? c.asText().trim() : "";
    if (!text.matches("\\d+(\\.0+)?")) {
      return null;
    }
    int n = (int) Double.parseDouble(text);
    return n > 0 ? n : null;
  }

  /** Flow rate of the interval [L/s]. */
  double flowRate(int interval) {
    return fitting.ventilationValues().get(interval) / 3600 * volume * 1000;
  }

  InputDataSections.Row capacityRow(ReportMessages msg) {
    return new InputDataSections.Row(msg.fitted_capacity(),
        capacity == null ? msg.fitted_capacity_none() : msg.fitted_capacity_people(capacity));
  }

  /** The sentence of the event section, or null without an exhalation rate. */
  String exhalationSentence(ReportMessages msg, Locale locale) {
    return exhalationRate == null ? null : msg.fitted_exhalation(String.format(locale, "%.2f", exhalationRate));
  }

  InputDataSections.Table table(ReportMessages msg, Co2Messages co2, Locale locale) {
    List<String> headers = new ArrayList<>(List.of(co2.col_time(), co2.col_ach(), co2.col_ls()));
    if (capacity != null) {
      headers.add(co2.col_lsp());
    }
    List<List<String>> rows = new ArrayList<>();
    List<Double> times = fitting.transitionTimes();
    for (int i = 0; i + 1 < times.size(); i++) {
      List<String> row = new ArrayList<>(List.of(
          ReportFormat.minutesToTime((int) Math.round(times.get(i) * 60)) + "–"
              + ReportFormat.minutesToTime((int) Math.round(times.get(i + 1) * 60)),
          significant(fitting.ventilationValues().get(i), locale), significant(flowRate(i), locale)));
      if (capacity != null) {
        row.add(significant(flowRate(i) / capacity, locale));
      }
      rows.add(row);
    }
    return new InputDataSections.Table(msg.fitted_table(), headers, rows);
  }

  /** Three significant digits, as the fitting dialog shows them. */
  static String significant(double v, Locale locale) {
    if (v == 0 || !Double.isFinite(v)) {
      return NumberFormat.getNumberInstance(locale).format(v);
    }
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(Math.max(0, rounded.scale()));
    return f.format(rounded);
  }
}
