package io.caimira.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.report.ReportJson;
import io.caimira.model.weather.GenevaWeatherProvider;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The whole pipeline — parse, build, report — through the service the adapters call. */
class DefaultCalculatorServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CalculatorService service = new DefaultCalculatorService(GenevaWeatherProvider.instance());

  static ObjectNode body(String name) throws IOException {
    try (InputStream in = DefaultCalculatorServiceTest.class.getResourceAsStream("/bodies/" + name + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private JsonNode report(ObjectNode body, ReportOptions options) {
    return ReportJson.mapper().valueToTree(service.virusReport(body, options));
  }

  @Test
  void officeReportHasUpstreamShapeAndPlausibleNumbers() throws IOException {
    ObjectNode body = body("office-natural-ventilation");
    body.put("seed", 11);
    JsonNode r = report(body, new ReportOptions(false, false, 100_000));
    // decision 10: 136 grid points for key times 9, 10, 12, 14, 16, 18 (api.md §13)
    assertThat(r.path("times")).hasSize(136);
    assertThat(r.path("CO2_concentrations")).hasSize(136);
    JsonNode g = r.path("groups").path("group_1");
    assertThat(g.path("concentrations")).hasSize(136);
    assertThat(g.path("cumulative_doses")).hasSize(135);
    assertThat(g.has("prob_dist")).isFalse();
    assertThat(g.path("prob_hist_count")).hasSize(100);
    // Upstream's documentation example (same effective inputs, no lunch) gives 7.163 % (seeds 100-109, physics.md
    // §5); our built-in Geneva climatology is not upstream's weather data, so only the parity tolerance (8 %)
    // of the issue is asked here.
    assertThat(g.path("prob_inf").asDouble()).isCloseTo(7.163, within(7.163 * 0.08));
    assertThat(g.path("expected_new_cases").asDouble()).isCloseTo(0.6446, within(0.6446 * 0.08));
    // CO₂ at 18:00: 1080.1 ppm upstream (physics.md §5); the CO₂ curve varies under 0.1 % between seeds but
    // depends on the outside temperature through the window flow: 5 %
    assertThat(r.path("CO2_concentrations").get(135).asDouble()).isCloseTo(1080.1, within(1080.1 * 0.05));
  }

  @Test
  void sameSeedSameReport() throws IOException {
    ObjectNode body = body("office-natural-ventilation");
    body.put("seed", 5);
    ReportOptions options = new ReportOptions(false, false, 20_000);
    assertThat(report(body, options)).isEqualTo(report(body, options));
  }

  @Test
  void alternativeScenariosAreComputedOnRequest() throws IOException {
    ObjectNode body = body("office-natural-ventilation");
    body.put("seed", 3);
    body.put("mask_wearing_option", "mask_on");
    body.put("mask_type", "FFP2");
    JsonNode stats = report(body, new ReportOptions(false, true, 20_000))
        .path("alternative_scenarios").path("stats");
    // natural ventilation with FFP2 masks, no HEPA: windows without masks, no ventilation with Type I masks,
    // neither ventilation nor masks (api.md §11)
    assertThat(stats.has("Windows open without masks")).isTrue();
    assertThat(stats.has("No ventilation with Type I masks")).isTrue();
    assertThat(stats.has("Neither ventilation nor masks")).isTrue();
    double withMasks = stats.path("Current scenario").path("probability_of_infection").asDouble();
    double without = stats.path("Neither ventilation nor masks").path("probability_of_infection").asDouble();
    assertThat(without).isGreaterThan(withMasks);
  }

  @Test
  void badInputNamesTheField() throws IOException {
    ObjectNode body = body("office-natural-ventilation");
    body.put("room_volume", "lots");
    assertThatThrownBy(() -> service.virusReport(body, ReportOptions.DEFAULT))
        .isInstanceOfSatisfying(InputError.class, e -> assertThat(e.field()).isEqualTo("room_volume"));
  }

  @Test
  void sampleSizeIsBounded() throws IOException {
    ObjectNode body = body("office-natural-ventilation");
    assertThatThrownBy(() -> service.virusReport(body, new ReportOptions(false, false, 0)))
        .isInstanceOfSatisfying(InputError.class, e -> assertThat(e.field()).isEqualTo("samples"));
  }
}
