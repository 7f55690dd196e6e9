package io.caimira.calculator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caimira.calculator.ReportOptions;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.Cases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of a report: upstream's key names and order (api.md §9), optional keys, never NaN. */
class ReportJsonTest {
  /** A default mapper: strict (non-numeric numbers such as NaN are rejected when parsing). */
  private static final ObjectMapper STRICT = new ObjectMapper();

  private static JsonNode json(OfficeScenario office, ReportOptions options) throws Exception {
    VirusReport r = new ReportCalculator().compute(office.build(), options, office.variants());
    String text = STRICT.writeValueAsString(r);
    assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
    return STRICT.readTree(text);
  }

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void defaultKeysInUpstreamOrder() throws Exception {
    JsonNode root = json(new OfficeScenario(), ReportOptions.DEFAULT);
    assertThat(keys(root)).containsExactly("model", "times", "CO2_concentrations", "groups");
    assertThat(keys(root.get("groups"))).containsExactly("group_1");
    assertThat(keys(root.get("groups").get("group_1"))).containsExactly("prob_inf", "prob_inf_sd", "prob_hist_count",
        "prob_hist_bins", "expected_new_cases", "exposed_presence_intervals", "concentrations", "cumulative_doses");
    assertThat(root.get("groups").get("group_1").get("exposed_presence_intervals").toString()).isEqualTo("[[9.0,18.0]]");
    assertThat(root.get("times").size()).isEqualTo(136);
  }

  @Test
  void everyOptionalKeyInOrder() throws Exception {
    OfficeScenario office = new OfficeScenario();
    office.size = 500; // small: many empty viral-load bins, whose NaN statistics must become null
    office.probabilistic = true;
    office.conditional = true;
    office.cases = new Cases(100_000, 68, 5);
    office.interaction(ExpirationType.BREATHING, 10, 10.25);
    JsonNode root = json(office, new ReportOptions(true, true, null));
    assertThat(keys(root)).containsExactly("model", "times", "CO2_concentrations", "groups", "alternative_scenarios");
    JsonNode g = root.get("groups").get("group_1");
    assertThat(keys(g)).containsExactly("prob_inf", "prob_inf_sd", "prob_dist", "prob_hist_count", "prob_hist_bins",
        "expected_new_cases", "exposed_presence_intervals", "conditional_probability_data",
        "prob_probabilistic_exposure", "long_range_prob", "long_range_expected_new_cases",
        "short_range_interactions", "concentrations", "cumulative_doses", "concentrations_zoomed",
        "long_range_cumulative_doses");
    assertThat(keys(g.get("conditional_probability_data"))).containsExactly("viral_loads", "pi_means",
        "lower_percentiles", "upper_percentiles", "log10_vl_in_sputum");
    assertThat(g.get("conditional_probability_data").get("pi_means").toString()).contains("null");
    assertThat(g.get("short_range_interactions").toString())
        .isEqualTo("[{\"expiration\":\"Breathing\",\"presence_interval\":[[10.0,10.25]]}]");
    int t = root.get("times").size();
    assertThat(g.get("concentrations_zoomed").size()).isEqualTo(t);
    assertThat(g.get("long_range_cumulative_doses").size()).isEqualTo(t - 1);
    assertThat(g.get("prob_dist").size()).isEqualTo(500);

    JsonNode stats = root.get("alternative_scenarios").get("stats");
    assertThat(keys(stats)).containsExactly(AlternativeScenarios.WITHOUT_SHORT_RANGE);
    assertThat(keys(stats.get(AlternativeScenarios.WITHOUT_SHORT_RANGE))).containsExactly(
        "probability_of_infection", "expected_new_cases", "concentrations", "prob_probabilistic_exposure");
  }

  @Test
  void modelSummaryIsStructured() throws Exception {
    JsonNode model = json(new OfficeScenario(), ReportOptions.DEFAULT).get("model");
    assertThat(keys(model)).containsExactly("room", "ventilation", "infected", "exposed_groups", "geographic_data",
        "sample_size", "seed");
    assertThat(model.get("room").get("volume").get("mean").asDouble()).isEqualTo(75);
    assertThat(model.get("sample_size").asInt()).isEqualTo(5_000);
    assertThat(model.get("seed").asLong()).isEqualTo(42);
  }

  @Test
  void nonFiniteNumbersAreNullWhateverTheMapper() throws Exception {
    GroupReport g = new GroupReport(Double.NaN, Double.POSITIVE_INFINITY, null, new double[] {Double.NaN, 1},
        new double[] {0, 1}, 0.5, List.of(), null, Double.NaN, null, null, null, new double[] {1, Double.NaN},
        new double[] {Double.NEGATIVE_INFINITY}, null, null);
    String text = new ObjectMapper().writeValueAsString(g);
    assertThat(text).isEqualTo("{\"prob_inf\":null,\"prob_inf_sd\":null,\"prob_hist_count\":[null,1.0],"
        + "\"prob_hist_bins\":[0.0,1.0],\"expected_new_cases\":0.5,\"exposed_presence_intervals\":[],"
        + "\"prob_probabilistic_exposure\":null,\"concentrations\":[1.0,null],\"cumulative_doses\":[null]}");
    STRICT.readTree(text);
    // and a strict parser would have refused NaN
    assertThatThrownBy(() -> STRICT.readTree("[NaN]")).isInstanceOf(JsonParseException.class);
  }
}
