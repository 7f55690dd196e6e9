package io.caimira.calculator.limits;

import static io.caimira.calculator.limits.HostileInputsTest.base;
import static io.caimira.calculator.limits.HostileInputsTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.InputError;
import io.caimira.calculator.input.Co2Input;
import io.caimira.calculator.input.Co2InputParser;
import io.caimira.calculator.input.InputLimits;
import io.caimira.calculator.input.VirusInput;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.input.WorkBudget;
import io.caimira.model.montecarlo.MonteCarloSampler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The attacks of issue 9 are refused by the parser or by the work budget, that is before any model is built (the
 * checks below never call the model), with a message naming the input; and no reference input of upstream is
 * refused.
 */
class WorkBudgetTest {
  private static final int DEFAULT = MonteCarloSampler.DEFAULT_SAMPLE_SIZE;
  /** shared/reference in the nearest folder above the module that has one (a worktree may sit deeper). */
  private static final Path REFERENCE = reference();

  private static Path reference() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared").resolve("reference"))) {
        return p.resolve("shared").resolve("reference");
      }
    }
    return Path.of("..", "..", "shared", "reference");
  }

  /** Parses and checks the budget at the default sample size: what happens before any model is built. */
  static InputError refusal(Consumer<ObjectNode> edit) {
    ObjectNode body = base();
    edit.accept(body);
    return catchThrowableOfType(() -> WorkBudget.checkReport(VirusInputParser.parse(body), DEFAULT, true),
        InputError.class);
  }

  static void assertRefused(Consumer<ObjectNode> edit, String field, String... words) {
    InputError e = refusal(edit);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).contains(words).hasSizeLessThan(400);
    assertThat(e.message(Locale.FRENCH)).isNotEqualTo(e.getMessage()).hasSizeLessThan(400);
  }

  static String interactions(int n, double duration) {
    StringBuilder s = new StringBuilder("{\"g\": [");
    for (int i = 0; i < n; i++) {
      s.append(i > 0 ? "," : "").append("{\"expiration\": \"Speaking\", \"start_time\": \"")
          .append(String.format("%02d:%02d", 9 + i / 60, i % 60)).append("\", \"duration\": ").append(duration)
          .append('}');
    }
    return s.append("]}").toString();
  }

  static Consumer<ObjectNode> shortRange(String interactions) {
    return b -> {
      b.put("short_range_option", "short_range_yes");
      b.put("short_range_occupants", "1");
      b.set("short_range_interactions", parse(interactions));
    };
  }

  static String groups(int n, int presences, int people, int infected) {
    StringBuilder s = new StringBuilder("{");
    for (int g = 0; g < n; g++) {
      s.append(g > 0 ? "," : "").append("\"g").append(g).append("\": {\"total_people\": ").append(people)
          .append(", \"infected\": ").append(infected).append(", \"presence\": [");
      for (int p = 0; p < presences; p++) {
        s.append(p > 0 ? "," : "").append(String.format(
            "{\"start_time\": \"%02d:%02d\", \"finish_time\": \"%02d:%02d\"}", p / 2, (p % 2) * 30, p / 2,
            (p % 2) * 30 + 20));
      }
      s.append("]}");
    }
    return s.append("}").toString();
  }

  @Test
  void periodicWindowsOfAMillionthOfAMinuteAreRefused() {
    assertRefused(b -> {
      b.put("window_opening_regime", "windows_open_periodically");
      b.put("windows_frequency", 1e-6);
      b.put("windows_duration", 1e-7);
    }, "windows_frequency", "between 1 and 1440 min");
  }

  @Test
  void theMemoryEstimateAdmitsTheLargestCountsAndRefusesTheirCombinationsByName() throws Exception {
    // each limit alone fits at the default sample size, alternative scenarios included where the form asks them
    assertThat(refusal(shortRange(interactions(InputLimits.MAX_SHORT_RANGE_INTERACTIONS, 1)))).isNull();
    ObjectNode manyGroups = base();
    manyGroups.set("occupancy", parse(groups(InputLimits.MAX_OCCUPANCY_GROUPS, 2, 5, 1)));
    VirusInput groups = VirusInputParser.parse(manyGroups);
    assertThatCode(() -> WorkBudget.checkReport(groups, DEFAULT, false)).doesNotThrowAnyException();
    // 24 + 2.2·50 + 10 + 2·50 = 244 arrays of 250 000 doubles ≈ 465 MiB
    InputError e = catchThrowableOfType(() -> WorkBudget.checkReport(groups, DEFAULT, true), InputError.class);
    assertThat(e.field()).isEqualTo("occupancy");
    assertThat(e.getMessage()).contains("about 465 MB", "50 exposed groups", "limit of 288 MB");
    assertThat(e.message(Locale.FRENCH)).contains("environ 465 Mo", "limite de 288 Mo");

    // the sample size counts: the office at a million samples fits, at two million (26.2 arrays of 16 MB) not
    VirusInput office = VirusInputParser.parse(base());
    assertThatCode(() -> WorkBudget.checkReport(office, 1_000_000, false)).doesNotThrowAnyException();
    InputError big = catchThrowableOfType(() -> WorkBudget.checkReport(office, 2_000_000, false), InputError.class);
    assertThat(big.field()).isEqualTo("samples");
    assertThat(big.getMessage()).contains("too many samples in memory", "0 short-range interactions");
    assertThat(WorkBudget.reportMemory(office, 2_000_000, false)).isEqualTo(26.2 * 2_000_000 * 8, within(1e-3));
  }

  @Test
  void hundredsOfZeroLengthInteractionsAreRefused() {
    assertRefused(shortRange(interactions(300, 0)), "short_range_interactions", "at most 30");
    assertRefused(shortRange(interactions(1, 0)), "short_range_interactions", "between 1 and 1440 min");
    assertThat(refusal(shortRange(interactions(InputLimits.MAX_SHORT_RANGE_INTERACTIONS, 1)))).isNull();
  }

  @Test
  void manyGroupsWithManyPresencesAndMinuteWindowsExceedTheBudget() {
    Consumer<ObjectNode> heavy = b -> {
      b.set("occupancy", parse(groups(InputLimits.MAX_OCCUPANCY_GROUPS, InputLimits.MAX_PRESENCE_INTERVALS, 5, 1)));
      b.put("window_opening_regime", "windows_open_periodically");
      b.put("windows_frequency", "2");
      b.put("windows_duration", "1");
    };
    assertRefused(heavy, "occupancy", "too large");
    // each limit alone passes
    assertThat(refusal(b -> b.set("occupancy", parse(groups(20, 4, 5, 1))))).isNull();
    assertRefused(b -> b.set("occupancy", parse(groups(InputLimits.MAX_OCCUPANCY_GROUPS + 1, 1, 5, 1))),
        "occupancy", "at most 50");
  }

  @Test
  void aLargerSampleSizeCountsInTheBudget() throws Exception {
    ObjectNode body = base();
    body.put("window_opening_regime", "windows_open_periodically");
    body.put("windows_frequency", "1");
    body.put("windows_duration", "1");
    shortRange(interactions(2, 1)).accept(body);
    VirusInput input = VirusInputParser.parse(body);
    assertThatCode(() -> WorkBudget.checkReport(input, DEFAULT, true)).doesNotThrowAnyException();
    InputError e = catchThrowableOfType(() -> WorkBudget.checkReport(input, 2_000_000, false), InputError.class);
    assertThat(e.field()).isEqualTo("short_range_interactions");
    assertThat(e.getMessage()).contains("2000000 samples × 3 models");
  }

  @Test
  void theAbsurdValuesOfTheAuditAreRefusedNamingTheirInput() {
    assertRefused(b -> b.put("room_volume", "4.9e-324"), "room_volume", "between 1 and 1e7 m³");
    assertRefused(b -> b.put("room_volume", "1e-300"), "room_volume", "between 1 and 1e7 m³");
    assertRefused(b -> {
      b.put("arve_sensors_option", "1");
      b.put("humidity", "0.5");
      b.put("inside_temp", -300);
    }, "inside_temp", "K");
    assertRefused(b -> b.put("location_latitude", 1e308), "location_latitude", "-90 and 90");
    assertRefused(b -> b.put("location_longitude", -1e308), "location_longitude", "-180 and 180");
    assertRefused(b -> {
      b.put("window_type", "window_hinged");
      b.put("window_width", "1");
      b.put("window_height", 1e308);
    }, "window_height", "50 m");
    assertRefused(b -> b.set("occupancy", parse(groups(2, 1, Integer.MAX_VALUE, 1))), "occupancy", "1000000");
    assertRefused(b -> b.set("occupancy", parse(groups(2, 1, 5, 0))), "occupancy", "infected");
    assertRefused(b -> {
      b.put("volume_type", "room_volume_from_dimensions");
      b.put("floor_area", "0.5");
      b.put("ceiling_height", "0.5");
    }, "floor_area", "room volume");
  }

  @Test
  void aMillionDigitNumberIsRefusedWithAShortMessage() {
    assertRefused(b -> b.put("room_volume", "1".repeat(1_000_000)), "room_volume", "at most 100 characters");
    assertRefused(b -> b.put("total_people", "1".repeat(1_000_000)), "total_people", "at most 100 characters");
    assertRefused(b -> b.put("location_name", "x".repeat(1_000_000)), "location_name", "at most 1000");
    assertRefused(b -> b.put("occupancy", "[".repeat(100_000)), "occupancy", "JSON object");
  }

  static ObjectNode co2Body(int points, int states) {
    ObjectNode b = HostileInputsTest.JSON.createObjectNode();
    b.put("total_people", 10);
    b.put("infected_people", 1);
    b.put("room_volume", 100);
    b.put("exposed_start", "00:00");
    b.put("exposed_finish", "23:59");
    b.put("infected_start", "00:00");
    b.put("infected_finish", "23:59");
    b.put("exposed_lunch_option", "0");
    b.put("infected_lunch_option", "0");
    ObjectNode data = b.putObject("CO2_data");
    var times = data.putArray("times");
    var co2 = data.putArray("CO2");
    for (int i = 0; i < points; i++) {
      times.add(24.0 * i / points);
      co2.add(600 + 300 * Math.sin(i));
    }
    var s = b.putArray("fitting_ventilation_states");
    for (int i = 0; i < states; i++) {
      s.add(24.0 * i / states);
    }
    return b;
  }

  @Test
  void co2SeriesOfADayAtOneSecondParseButItsFitIsBudgeted() {
    Co2Input secondly = Co2InputParser.parse(co2Body(InputLimits.MAX_CO2_POINTS, 1));
    assertThatCode(() -> WorkBudget.checkCo2Fit(secondly)).doesNotThrowAnyException();
    Co2Input fiveStates = Co2InputParser.parse(co2Body(InputLimits.MAX_CO2_POINTS, 5));
    InputError e = catchThrowableOfType(() -> WorkBudget.checkCo2Fit(fiveStates), InputError.class);
    assertThat(e.field()).isEqualTo("fitting_ventilation_states");
    // a working day of minute data with a state change every quarter hour
    Co2Input minutes = Co2InputParser.parse(co2Body(24 * 60 + 1, 40));
    assertThatCode(() -> WorkBudget.checkCo2Fit(minutes)).doesNotThrowAnyException();
    InputError tooMany = catchThrowableOfType(
        () -> Co2InputParser.parse(co2Body(InputLimits.MAX_CO2_POINTS + 1, 1)), InputError.class);
    assertThat(tooMany.field()).isEqualTo("CO2_data");
    assertThat(tooMany.getMessage()).contains("at most 86401");
    ObjectNode negative = co2Body(10, 1);
    ((com.fasterxml.jackson.databind.node.ArrayNode) negative.path("CO2_data").path("CO2")).set(3, -5);
    assertThat(catchThrowableOfType(() -> Co2InputParser.parse(negative), InputError.class).getMessage())
        .contains("CO2_data.CO2", "ppm");
  }

  /** Upstream's reference inputs (shared folder; skipped without it) pass every limit and the budgets. */
  @TestFactory
  Stream<DynamicTest> noReferenceInputIsRefusedByALimit() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : List.of("virus_public.jsonl", "virus_extra_public.jsonl", "co2_public.jsonl")) {
      Path path = REFERENCE.resolve(file);
      assumeTrue(Files.isRegularFile(path), path + " not available");
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
            .readTree(line);
        tests.add(DynamicTest.dynamicTest(file + " " + c.path("id").asText(), () -> {
          if (file.startsWith("co2")) {
            Co2InputParser.parse(c.get("input"));
            WorkBudget.checkCo2Fit(Co2InputParser.parse(c.get("report_input")));
            return;
          }
          try {
            WorkBudget.checkReport(VirusInputParser.parse(c.get("input")), DEFAULT, true);
          } catch (InputError e) {
            // decision 13 (inconsistent incidence) is the only refusal of a reference input
            assertThat(e.field()).as(e.getMessage()).isEqualTo("geographic_cases");
          }
        }));
      }
    }
    return tests.stream();
  }
}
