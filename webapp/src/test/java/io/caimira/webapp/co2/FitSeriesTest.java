package io.caimira.webapp.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FitSeriesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDayAtOneSamplePerSecondBecomesNinetySixBucketMeans() {
    int n = 9 * 3600 + 1;
    double[] times = new double[n];
    double[] measured = new double[n];
    double[] fitted = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = 8.5 + i / 3600.0;
      measured[i] = 400 + i % 100;
      fitted[i] = 450;
    }
    FitSeries s = FitSeries.of(times, measured, fitted);
    assertThat(s.size()).isEqualTo(FitSeries.MAX_POINTS);
    assertThat(s.step()).isCloseTo(9.0 / 96, within(1e-12));
    assertThat(s.time(0)).isCloseTo(8.5 + 9.0 / 192, within(1e-12));
    // the first bucket holds the samples of its 337.5 s, whose values cycle through 400..499: its mean, by hand
    double sum = 0;
    int count = 0;
    for (int i = 0; times[i] - 8.5 < s.step(); i++) {
      sum += measured[i];
      count++;
    }
    assertThat(s.measured().get(0)).isEqualTo(Math.round(sum / count));
    assertThat(s.fitted()).containsOnly(450L);
  }

  @Test
  void aShortSeriesKeepsOneBucketPerSampleAndEmptyBucketsAreNull() {
    double[] times = {8, 8.25, 8.5, 9.75, 10};
    FitSeries s = FitSeries.of(times, new double[] {400, 410, 420, 500, 510}, new double[] {1, 2, 3, 4, 5});
    assertThat(s.size()).isEqualTo(5);
    // buckets of 0.4 h: [8, 8.4) holds 400 and 410; [8.4, 8.8) 420; then nothing until [9.6, 10]: 500 and 510
    assertThat(s.measured()).containsExactly(405L, 420L, null, null, 505L);
  }

  @Test
  void readsBackWhatItWrites() {
    FitSeries s = FitSeries.of(new double[] {8, 9, 10}, new double[] {400, 800, 600}, new double[] {410, 790, 590});
    ObjectNode fit = JSON.createObjectNode();
    fit.set(FitSeries.KEY, s.toJson());
    FitSeries back = FitSeries.read(fit);
    assertThat(back).isEqualTo(s);
  }

  @Test
  void aHostileStoredSeriesIsLeftOut() throws Exception {
    List<String> bad = new ArrayList<>(List.of(
        "{}",
        "{\"CO2_series\": 1}",
        "{\"CO2_series\": {\"start\": 8, \"step\": 0.1, \"measured\": [1, 2], \"fitted\": [1]}}",
        "{\"CO2_series\": {\"start\": 8, \"step\": 0.1, \"measured\": [\"x\"], \"fitted\": [1]}}",
        "{\"CO2_series\": {\"start\": 8, \"step\": 0.1, \"measured\": [-5], \"fitted\": [1]}}",
        "{\"CO2_series\": {\"start\": 8, \"step\": 0.1, \"measured\": [1e300], \"fitted\": [1]}}",
        "{\"CO2_series\": {\"start\": 1e9, \"step\": 0.1, \"measured\": [1], \"fitted\": [1]}}",
        "{\"CO2_series\": {\"start\": 8, \"step\": -1, \"measured\": [1], \"fitted\": [1]}}",
        "{\"CO2_series\": {\"start\": 8, \"step\": 0.1, \"measured\": [], \"fitted\": []}}",
        "{\"CO2_series\": {\"start\": \"8\", \"step\": 0.1, \"measured\": [1], \"fitted\": [1]}}"));
    String many = String.join(",", Collections.nCopies(FitSeries.MAX_POINTS + 1, "400"));
    bad.add("{\"CO2_series\": {\"start\": 8, \"step\": 0.1, \"measured\": [" + many + "], \"fitted\": [" + many + "]}}");
    for (String text : bad) {
      assertThat(FitSeries.read(JSON.readTree(text))).as(text).isNull();
    }
    assertThat(FitSeries.read(null)).isNull();
    // generated: random JSON values in every slot never throw
    SplittableRandom random = new SplittableRandom(11);
    String[] values = {"null", "true", "-1", "0", "1e308", "\"a\"", "[]", "{}", "[1,null]", "8.5"};
    for (int i = 0; i < 500; i++) {
      String text = "{\"CO2_series\": {\"start\": " + values[random.nextInt(values.length)] + ", \"step\": "
          + values[random.nextInt(values.length)] + ", \"measured\": " + values[random.nextInt(values.length)]
          + ", \"fitted\": " + values[random.nextInt(values.length)] + "}}";
      JsonNode node = JSON.readTree(text);
      FitSeries read = FitSeries.read(node);
      if (read != null) {
        assertThat(read.size()).isBetween(1, FitSeries.MAX_POINTS);
      }
    }
  }
}
