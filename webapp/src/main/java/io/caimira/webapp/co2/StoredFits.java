package io.caimira.webapp.co2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fit of a report's inputs for the report's input data (webapp.md §4.4), as {@code inject:co2Fit.of(inputs)}
 * in the fragment {@code calculator/co2/report-fit.html}.
 */
@Singleton
@Named("co2Fit")
public class StoredFits {
  private final ObjectMapper json;

  StoredFits(ObjectMapper json) {
    this.json = json;
  }

  /** The stored fit when the ventilation is from fitting and the result readable; else null. */
  public StoredFit of(Map<String, String> inputs) {
    if (inputs == null || !"from_fitting".equals(inputs.get("ventilation_type"))) {
      return null;
    }
    String stored = inputs.get("CO2_fitting_result");
    if (stored == null || stored.isBlank()) {
      return null;
    }
    try {
      return of(json.readTree(stored));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static StoredFit of(JsonNode fit) {
    JsonNode times = fit.path("transition_times");
    JsonNode ach = fit.path("ventilation_values");
    JsonNode ls = fit.path("ventilation_ls_values");
    JsonNode lsp = fit.path("ventilation_lsp_values");
    if (!fit.path("exhalation_rate").isNumber() || !times.isArray() || !ach.isArray()
        || times.size() < ach.size() + 1) {
      return null;
    }
    List<StoredFit.Interval> intervals = new ArrayList<>();
    for (int i = 0; i < ach.size(); i++) {
      intervals.add(new StoredFit.Interval(HoursText.hhmm(times.get(i).asDouble()),
          HoursText.hhmm(times.get(i + 1).asDouble()), StoredFit.significant(ach.get(i).asDouble()),
          ls.has(i) ? StoredFit.significant(ls.get(i).asDouble()) : null,
          lsp.has(i) && lsp.get(i).isNumber() ? StoredFit.significant(lsp.get(i).asDouble()) : null));
    }
    JsonNode capacity = fit.path("room_capacity");
    return new StoredFit(String.format(Locale.ROOT, "%.2f", fit.get("exhalation_rate").asDouble()),
        capacity.isIntegralNumber() ? capacity.asInt() : null, intervals);
  }
}
