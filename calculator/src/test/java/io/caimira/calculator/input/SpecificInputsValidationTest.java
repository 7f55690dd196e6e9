package io.caimira.calculator.input;

import static io.caimira.calculator.input.Baseline.assertInputError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.presence.Presences;
import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.population.PhysicalActivity;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specific breaks and precise activity, ported from upstream caimira/tests/apps/calculator/
 * test_specific_model_generator.py (messages exact, Python type reprs replaced by JSON type names).
 */
class SpecificInputsValidationTest {

  private static ObjectNode with(String key, String json) {
    ObjectNode b = Baseline.body();
    b.set(key, Baseline.json(json));
    return b;
  }

  static Stream<Arguments> breakStructure() {
    return Stream.of(
        Arguments.of("[\"exposed_breaks\", [], \"infected_breaks\", []]",
            "The specific breaks should be in a dictionary."),
        Arguments.of("{\"eposed_breaks\": [], \"infected_breaks\": []}",
            "Unable to fetch \"exposed_breaks\" key. Got \"eposed_breaks\"."),
        Arguments.of("{\"exposed_breaks\": [], \"ifected_breaks\": []}",
            "Unable to fetch \"infected_breaks\" key. Got \"ifected_breaks\"."),
        Arguments.of("{\"exposed_breaks\": []}", "Unable to fetch \"infected_breaks\" key. Got keys: exposed_breaks."));
  }

  @ParameterizedTest
  @MethodSource("breakStructure")
  void specificBreakStructure(String breaks, String message) {
    assertInputError(() -> Baseline.parse(with("specific_breaks", breaks)), "specific_breaks", message);
  }

  static Stream<Arguments> populationBreaks() {
    return Stream.of(
        Arguments.of("{\"start_time\": \"10:00\", \"finish_time\": \"11:00\"}",
            "All breaks should be in a list. Got object."),
        Arguments.of("[[\"start_time\", \"10:00\", \"finish_time\", \"11:00\"]]",
            "Each break should be a dictionary. Got array."),
        Arguments.of("[{\"art_time\": \"10:00\", \"finish_time\": \"11:00\"}]",
            "Unable to fetch \"start_time\" key. Got \"art_time\"."),
        Arguments.of("[{\"start_time\": \"10:00\", \"ish_time\": \"11:00\"}]",
            "Unable to fetch \"finish_time\" key. Got \"ish_time\"."),
        Arguments.of("[{\"start_time\": \"10\", \"finish_time\": \"11:00\"}]", "Wrong time format - \"HH:MM\". Got \"10\"."),
        Arguments.of("[{\"start_time\": \"10:00\", \"finish_time\": \"11\"}]", "Wrong time format - \"HH:MM\". Got \"11\"."));
  }

  @ParameterizedTest
  @MethodSource("populationBreaks")
  void specificPopulationBreakStructure(String breaks, String message) {
    assertInputError(() -> Baseline.parse(with("specific_breaks",
        "{\"exposed_breaks\": " + breaks + ", \"infected_breaks\": " + breaks + "}")), "specific_breaks", message);
  }

  static Stream<Arguments> breakTimes() {
    return Stream.of(
        Arguments.of("{\"exposed_breaks\": [{\"start_time\": \"07:00\", \"finish_time\": \"11:00\"}], "
            + "\"infected_breaks\": []}", "All breaks should be within the simulation time. Got 07:00."),
        Arguments.of("{\"exposed_breaks\": [{\"start_time\": \"10:00\", \"finish_time\": \"11:00\"}, "
            + "{\"start_time\": \"17:00\", \"finish_time\": \"20:00\"}], \"infected_breaks\": []}",
            "All breaks should be within the simulation time. Got 20:00."),
        // decision 6: the infected breaks are checked against the infected presence (09:00–18:00 in the baseline)
        Arguments.of("{\"exposed_breaks\": [], \"infected_breaks\": [{\"start_time\": \"17:00\", \"finish_time\": "
            + "\"18:00\"}]}", "All breaks should be within the simulation time. Got 18:00."),
        Arguments.of("{\"exposed_breaks\": [], \"infected_breaks\": [{\"start_time\": \"08:00\", \"finish_time\": "
            + "\"11:00\"}, {\"start_time\": \"14:00\", \"finish_time\": \"15:00\"}]}",
            "All breaks should be within the simulation time. Got 08:00."));
  }

  @ParameterizedTest
  @MethodSource("breakTimes")
  void specificBreakTimes(String breaks, String message) {
    VirusInput input = Baseline.parse(with("specific_breaks", breaks));
    assertInputError(() -> {
      Presences.exposed(input.population());
      Presences.infected(input.population());
    }, "specific_breaks", message);
  }

  /** Decision 6: the infected presence uses infected_breaks when that list is not empty. */
  @Test
  void infectedUseTheirOwnSpecificBreaks() {
    VirusInput own = Baseline.parse(with("specific_breaks", "{\"exposed_breaks\": [{\"start_time\": \"10:00\", "
        + "\"finish_time\": \"10:30\"}], \"infected_breaks\": [{\"start_time\": \"15:00\", \"finish_time\": "
        + "\"16:00\"}]}"));
    assertThat(Presences.exposed(own.population()).boundaries())
        .extracting(s -> Map.entry(s.start(), s.end()))
        .containsExactly(Map.entry(9.0, 10.0), Map.entry(10.5, 18.0));
    assertThat(Presences.infected(own.population()).boundaries())
        .extracting(s -> Map.entry(s.start(), s.end()))
        .containsExactly(Map.entry(9.0, 15.0), Map.entry(16.0, 18.0));
    VirusInput shared = Baseline.parse(with("specific_breaks", "{\"exposed_breaks\": [{\"start_time\": \"10:00\", "
        + "\"finish_time\": \"10:30\"}], \"infected_breaks\": []}"));
    assertThat(Presences.infected(shared.population()).boundaries())
        .extracting(s -> Map.entry(s.start(), s.end()))
        .containsExactly(Map.entry(9.0, 10.0), Map.entry(10.5, 18.0));
  }

  static Stream<Arguments> preciseStructure() {
    String ok = "[{\"type\": \"Breathing\", \"percentage\": 50}, {\"type\": \"Speaking\", \"percentage\": 50}]";
    return Stream.of(
        Arguments.of("[\"physical_activity\", \"Light activity\", \"respiratory_activity\", " + ok + "]",
            "The precise activities should be in a dictionary."),
        Arguments.of("{\"pysical_activity\": \"Light activity\", \"respiratory_activity\": " + ok + "}",
            "Unable to fetch \"physical_activity\" key. Got \"pysical_activity\"."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"rspiratory_activity\": " + ok + "}",
            "Unable to fetch \"respiratory_activity\" key. Got \"rspiratory_activity\"."),
        Arguments.of("{\"physical_activity\": [\"Light activity\"], \"respiratory_activity\": " + ok + "}",
            "The physical activities should be a single string."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": {\"type\": "
            + "\"Breathing\", \"percentage\": 100}}", "The respiratory activities should be in a list."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": [[\"type\", "
            + "\"Speaking\", \"percentage\", 100]]}", "Each respiratory activity should be defined in a dictionary."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": [{\"tpe\": "
            + "\"Breathing\", \"percentage\": 50}, {\"type\": \"Speaking\", \"percentage\": 50}]}",
            "Unable to fetch \"type\" key. Got \"tpe\"."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": [{\"type\": "
            + "\"Breathing\", \"percentag\": 50}, {\"type\": \"Speaking\", \"percentage\": 50}]}",
            "Unable to fetch \"percentage\" key. Got \"percentag\"."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": [{\"type\": "
            + "\"Breathing\", \"percentage\": 10}, {\"type\": \"Speaking\", \"percentage\": 50}]}",
            "The sum of all respiratory activities should be 100. Got 60."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": [{\"type\": "
            + "\"Breathing\", \"percentage\": 10}, {\"type\": \"Speaking\", \"percentage\": 50}, {\"type\": "
            + "\"Shouting\", \"percentage\": 50}]}", "The sum of all respiratory activities should be 100. Got 110."),
        Arguments.of("{\"physical_activity\": \"Light activity\", \"respiratory_activity\": [{\"type\": "
            + "\"Breathing\", \"percentage\": 50}]}", "The sum of all respiratory activities should be 100. Got 50."));
  }

  @ParameterizedTest
  @MethodSource("preciseStructure")
  void preciseActivity(String precise, String message) {
    assertInputError(() -> Baseline.parse(with("precise_activity", precise)), "precise_activity", message);
  }

  @Test
  void preciseActivityIsRead() {
    ObjectNode b = with("precise_activity", "{\"physical_activity\": \"Light activity\", \"respiratory_activity\": "
        + "[{\"type\": \"Breathing\", \"percentage\": 70}, {\"type\": \"Speaking\", \"percentage\": 30}]}");
    b.put("activity_type", "precise");
    VirusInput input = Baseline.parse(b);
    assertThat(input.precise()).isEqualTo(new PreciseActivity(PhysicalActivity.LIGHT_ACTIVITY,
        Map.of(ExpirationType.BREATHING, 70.0, ExpirationType.SPEAKING, 30.0)));
    b.set("precise_activity", Baseline.json("{\"physical_activity\": \"Jogging\", \"respiratory_activity\": "
        + "[{\"type\": \"Breathing\", \"percentage\": 100}]}"));
    assertInputError(() -> Baseline.parse(b), "precise_activity", "Unknown physical activity \"Jogging\" in "
        + "precise_activity. Expected one of: Seated, Standing, Light activity, Moderate activity, Heavy exercise.");
    b.set("precise_activity", Baseline.json("{}"));
    assertInputError(() -> Baseline.parse(b), "precise_activity",
        "The precise_activity input is required when activity_type is \"precise\".");
  }
}
