package io.caimira.api.real;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parity with the upstream implementation: every case of {@code ../shared/reference} is posted to the running API
 * (production calculator, the synthetic weather set the cases were computed with) and compared with upstream's
 * answer, within the tolerances of issue 3 — Monte-Carlo outputs differ between runs (physics.md §5):
 * P(I) and expected new cases 8 % relative (12 % with short range), concentration shape (curve / its maximum)
 * 0.03, CO₂ curve 1.5 %, final cumulative dose 10 % (20 % with short range), CO₂ transition times within two
 * samples, CO₂ fit RMSE no worse than 1.1 × upstream's. Skipped when {@code ../shared} is absent.
 *
 * <p>Decided deviations change two things: short-range doses (decision 5: we subtract less, so our short-range
 * doses and probabilities are a little higher — covered by the wider short-range tolerances), and inconsistent
 * incidence inputs, which upstream answered with NaN and we reject (decision 13).
 */
@QuarkusTest
@TestProfile(RealCalculatorProfile.class)
class ReferenceParityTest {

  @TestFactory
  Stream<DynamicTest> virusReports() {
    Assumptions.assumeTrue(ReferenceCases.available(), "../shared/reference is absent");
    List<JsonNode> cases = new ArrayList<>(ReferenceCases.read("virus_public.jsonl"));
    cases.addAll(ReferenceCases.read("virus_extra_public.jsonl"));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.path("id").asText(), () -> checkVirus(c)));
  }

  @TestFactory
  Stream<DynamicTest> co2() {
    Assumptions.assumeTrue(ReferenceCases.available(), "../shared/reference is absent");
    return ReferenceCases.read("co2_public.jsonl").stream()
        .map(c -> DynamicTest.dynamicTest(c.path("id").asText("co2"), () -> checkCo2(c)));
  }

  private static Response post(String path, JsonNode body) {
    return given().contentType(ContentType.JSON).body(body.toString()).when().post(path);
  }

  private static void checkVirus(JsonNode c) throws Exception {
    ObjectNode input = ((ObjectNode) c.path("input")).deepCopy();
    input.put("seed", c.path("id").asText().hashCode());
    Response response = post("/virus/report", input);
    JsonNode expected = c.path("output");
    if (!allFinite(expected)) {
      // decision 13: upstream answered NaN for an impossible incidence; we answer 400 naming the field
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.jsonPath().getString("field")).isEqualTo("geographic_cases");
      return;
    }
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    JsonNode ours = ReferenceCases.JSON.readTree(response.asString()).path("results");
    double[] ourTimes = ReferenceCases.doubles(ours.path("times"));
    double[] refTimes = ReferenceCases.doubles(expected.path("times"));
    assertCurve("CO2", ourTimes, ReferenceCases.doubles(ours.path("CO2_concentrations")), refTimes,
        ReferenceCases.doubles(expected.path("CO2_concentrations")), 0.015, false, List.of());
    expected.path("groups").fields().forEachRemaining(entry -> {
      JsonNode ref = entry.getValue();
      JsonNode group = ours.path("groups").path(entry.getKey());
      assertThat(group.isMissingNode()).as("group %s", entry.getKey()).isFalse();
      boolean shortRange = ref.has("long_range_prob");
      double probabilityTolerance = shortRange ? 0.12 : 0.08;
      assertRelative("prob_inf", group.path("prob_inf").asDouble(), ref.path("prob_inf").asDouble(),
          probabilityTolerance);
      assertRelative("expected_new_cases", group.path("expected_new_cases").asDouble(),
          ref.path("expected_new_cases").asDouble(), probabilityTolerance);
      double[] ourDoses = ReferenceCases.doubles(group.path("cumulative_doses"));
      double[] refDoses = ReferenceCases.doubles(ref.path("cumulative_doses"));
      assertRelative("final cumulative dose", ourDoses[ourDoses.length - 1], refDoses[refDoses.length - 1],
          shortRange ? 0.20 : 0.10);
      // With short range, the jets during the interactions are each a separate Monte-Carlo mean over heavy-tailed
      // diameters (aerosol volume ∝ d³ up to 100 µm), so their levels relative to each other and to the room are
      // noisy; the shape compared is that of the room (long-range) concentration outside the interactions.
      assertCurve("concentration shape", ourTimes, ReferenceCases.doubles(group.path("concentrations")), refTimes,
          ReferenceCases.doubles(ref.path("concentrations")), 0.03, true, interactionSpans(input, entry.getKey()));
      if (ref.has("prob_probabilistic_exposure")) {
        assertRelative("prob_probabilistic_exposure", group.path("prob_probabilistic_exposure").asDouble(),
            ref.path("prob_probabilistic_exposure").asDouble(), probabilityTolerance);
      }
    });
  }

  private static void checkCo2(JsonNode c) {
    Response times = post("/co2/transition_times", c.path("input"));
    assertThat(times.statusCode()).as(times.asString()).isEqualTo(200);
    JsonNode data = ReferenceCases.unwrap(c.path("input").path("CO2_data"));
    double[] sampleTimes = ReferenceCases.doubles(data.path("times"));
    double step = sampleTimes[1] - sampleTimes[0];
    List<Double> ours = times.jsonPath().getList("results.ventilation_times", Double.class);
    double[] ref = ReferenceCases.doubles(c.path("transition_times").path("ventilation_times"));
    assertThat(ours).hasSize(ref.length);
    for (int i = 0; i < ref.length; i++) {
      assertThat(Math.abs(ours.get(i) - ref[i])).as("transition %d", i).isLessThanOrEqualTo(2 * step + 1e-9);
    }

    Response fit = post("/co2/report", c.path("report_input"));
    assertThat(fit.statusCode()).as(fit.asString()).isEqualTo(200);
    JsonNode measured = ReferenceCases.unwrap(c.path("report_input").path("CO2_data")).path("CO2");
    double[] co2 = ReferenceCases.doubles(measured);
    List<Double> predicted = fit.jsonPath().getList("results.predictive_CO2", Double.class);
    double[] refPredicted = ReferenceCases.doubles(c.path("report").path("predictive_CO2"));
    assertThat(rmse(co2, predicted.stream().mapToDouble(Double::doubleValue).toArray()))
        .isLessThanOrEqualTo(1.1 * rmse(co2, refPredicted) + 1e-9);
  }

  private static double rmse(double[] measured, double[] predicted) {
    double sum = 0;
    for (int i = 0; i < measured.length; i++) {
      double d = measured[i] - predicted[i];
      sum += d * d;
    }
    return Math.sqrt(sum / measured.length);
  }

  private static void assertRelative(String what, double ours, double reference, double tolerance) {
    assertThat(Math.abs(ours - reference)).as("%s: ours %s, upstream %s", what, ours, reference)
        .isLessThanOrEqualTo(tolerance * Math.abs(reference) + 1e-9);
  }

  /**
   * Our curve against upstream's at the times both grids share (within 1e-6 h; the grids differ, decision 10,
   * and the curves are too steep after a window opens for interpolation). Upstream's near-duplicate points
   * (floating accumulation, e.g. 9.4999999 next to 9.5) stand on either side of a jump, so they are left out, as
   * are the {@code excluded} spans. Point by point relative to upstream's value, or, for a shape, each curve
   * divided by its own maximum over the compared points, with an absolute tolerance.
   */
  private static void assertCurve(String what, double[] ourTimes, double[] ours, double[] refTimes, double[] ref,
      double tolerance, boolean shape, List<double[]> excluded) {
    List<int[]> pairs = new ArrayList<>();
    for (int q = 0; q < refTimes.length; q++) {
      double t = refTimes[q];
      boolean duplicate = (q > 0 && t - refTimes[q - 1] < 1e-6)
          || (q + 1 < refTimes.length && refTimes[q + 1] - t < 1e-6);
      boolean skipped = excluded.stream().anyMatch(span -> t >= span[0] - 1e-6 && t <= span[1] + 1e-6);
      int p = nearest(ourTimes, t);
      if (!duplicate && !skipped && Math.abs(ourTimes[p] - t) < 1e-6) {
        pairs.add(new int[] {p, q});
      }
    }
    assertThat(pairs).as("%s: shared time points", what).isNotEmpty();
    double ourMax = 1;
    double refMax = 1;
    if (shape) {
      ourMax = pairs.stream().mapToDouble(pq -> ours[pq[0]]).max().orElse(0);
      refMax = pairs.stream().mapToDouble(pq -> ref[pq[1]]).max().orElse(0);
      if (ourMax == 0 || refMax == 0) {
        assertThat(ourMax).isEqualTo(refMax);
        return;
      }
    }
    for (int[] pq : pairs) {
      double at = ours[pq[0]] / ourMax;
      double expected = ref[pq[1]] / refMax;
      double allowed = shape ? tolerance : tolerance * Math.abs(expected);
      assertThat(Math.abs(at - expected))
          .as("%s at %s h: ours %s, upstream %s", what, refTimes[pq[1]], at, expected)
          .isLessThanOrEqualTo(allowed + 1e-12);
    }
  }

  private static int nearest(double[] sorted, double t) {
    int best = 0;
    for (int i = 1; i < sorted.length; i++) {
      if (Math.abs(sorted[i] - t) < Math.abs(sorted[best] - t)) {
        best = i;
      }
    }
    return best;
  }

  /** The spans [start, start + duration] of a group's short-range interactions, from the input. */
  private static List<double[]> interactionSpans(JsonNode input, String group) {
    List<double[]> spans = new ArrayList<>();
    JsonNode all = ReferenceCases.unwrap(input.path("short_range_interactions"));
    if (all == null || !"short_range_yes".equals(input.path("short_range_option").asText())) {
      return spans;
    }
    JsonNode list = all.size() == 1 ? all.elements().next() : all.path(group);
    for (JsonNode interaction : list) {
      String[] hm = interaction.path("start_time").asText().split(":");
      double start = Integer.parseInt(hm[0]) + Integer.parseInt(hm[1]) / 60.0;
      spans.add(new double[] {start, start + interaction.path("duration").asDouble() / 60.0});
    }
    return spans;
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static boolean allFinite(JsonNode node) {
    if (node.isNumber()) {
      return Double.isFinite(node.asDouble());
    }
    for (JsonNode child : node) {
      if (!allFinite(child)) {
        return false;
      }
    }
    return true;
  }
}
