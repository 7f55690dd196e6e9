package io.caimira.calculator.input;

import static io.caimira.calculator.input.Baseline.assertInputError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.presence.Presences;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parsing pipeline and cast rules (api.md §3) and the decided deviations 1, 2, 4 and 12 (api.md §13). */
class FormPipelineTest {

  @Test
  void baselineParses() {
    VirusInput input = Baseline.parse(Baseline.body());
    assertThat(input.room().volume()).isEqualTo(75.0);
    assertThat(input.population().totalPeople()).isEqualTo(10);
    assertThat(input.seed()).isNull();
  }

  @Test
  void unknownKeyIsRejectedByName() {
    ObjectNode b = Baseline.body();
    b.put("invalid_item", "foobar");
    assertInputError(() -> Baseline.parse(b), "invalid_item", "Invalid argument \"invalid_item\" given");
  }

  @Test
  void xsrfIsDropped() {
    ObjectNode b = Baseline.body();
    b.put("_xsrf", "token");
    assertThat(Baseline.parse(b)).isNotNull();
  }

  @Test
  void firstMissingRequiredKeyInDefaultsOrder() {
    ObjectNode b = Baseline.body();
    b.remove("total_people");
    b.remove("calculator_version");
    b.put("volume_type", "");
    assertInputError(() -> Baseline.parse(b), "calculator_version", "calculator_version must be specified");
    b.put("calculator_version", "x");
    assertInputError(() -> Baseline.parse(b), "total_people", "total_people must be specified");
    b.put("total_people", 10);
    assertInputError(() -> Baseline.parse(b), "volume_type", "volume_type must be specified");
  }

  @Test
  void everyDefaultCastsToItsType() {
    // port of upstream test_default_types: the defaults table is complete and each default casts
    for (FieldSpec f : VirusFields.ALL) {
      if (f.required() || f.defaultValue() == null) {
        continue;
      }
      Object v = Casts.cast(f.name(), f.type(), FormPipeline.defaultNode(f.defaultValue()));
      Class<?> expected = switch (f.type()) {
        case STRING -> String.class;
        case INT, TIME, OPTIONAL_INT -> Integer.class;
        case FLOAT, OPTIONAL_FLOAT -> Double.class;
        case BOOL -> Boolean.class;
        case DICT, LIST -> com.fasterxml.jackson.databind.JsonNode.class;
        case OPTIONAL_LONG -> Long.class;
      };
      assertThat(v).as(f.name()).isInstanceOf(expected);
      if (!f.allowed().isEmpty()) {
        assertThat(f.allowed()).as(f.name()).contains((String) v);
      }
    }
    assertThat(VirusFields.ALL).hasSize(71); // upstream's 68 and the outside temperatures (3)
    assertThat(VirusFields.ALL.stream().filter(FieldSpec::required).map(FieldSpec::name)).containsExactly(
        "calculator_version", "inside_temp", "location_latitude", "location_longitude", "location_name",
        "room_number", "simulation_name", "total_people", "volume_type");
  }

  @Test
  void intCast() {
    ObjectNode b = Baseline.body();
    b.put("total_people", 10.0);
    assertThat(Baseline.parse(b).population().totalPeople()).isEqualTo(10);
    for (String bad : new String[] {"10.5", "-1", "ten"}) {
      b.put("total_people", bad);
      assertInputError(() -> Baseline.parse(b), "total_people", "Invalid value for total_people: unable to safely "
          + "cast it to a non-negative integer. Got \"" + bad + "\".");
    }
  }

  @Test
  void floatCastAcceptsPythonLiterals() {
    ObjectNode b = Baseline.body();
    for (String ok : new String[] {"75.", " 75 ", "7.5e1", "+75"}) {
      b.put("room_volume", ok);
      assertThat(Baseline.parse(b).room().volume()).isEqualTo(75.0);
    }
    b.put("room_volume", "abc");
    assertInputError(() -> Baseline.parse(b), "room_volume",
        "Invalid value for room_volume: could not convert it to a number. Got \"abc\".");
  }

  /** Decision 4: non-finite numbers are bad input. */
  @ParameterizedTest
  @ValueSource(strings = {"nan", "NaN", "inf", "-inf", "Infinity", "1e400"})
  void nonFiniteNumbersAreRejected(String value) {
    ObjectNode b = Baseline.body();
    b.put("room_volume", value);
    assertInputError(() -> Baseline.parse(b), "room_volume",
        "Invalid value for room_volume: the number must be finite. Got \"" + value + "\".");
  }

  @Test
  void nonFiniteJsonNumberIsRejected() {
    ObjectNode b = Baseline.body();
    b.set("air_changes", Baseline.json("1e400"));
    assertThat(com.fasterxml.jackson.databind.JsonNode.class).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Baseline.parse(b))
        .isInstanceOf(io.caimira.calculator.InputError.class)
        .hasMessageContaining("must be finite");
  }

  /** Decision 1: booleans accept "1"/"0", true/false and 1/0; an omitted boolean takes its default. */
  @Test
  void booleans() {
    for (Object yes : new Object[] {"1", true, 1}) {
      ObjectNode b = Baseline.body();
      b.set("hepa_option", Baseline.JSON.valueToTree(yes));
      assertThat(Baseline.parse(b).ventilation().hepa()).as(String.valueOf(yes)).isTrue();
    }
    for (Object no : new Object[] {"0", false, 0}) {
      ObjectNode b = Baseline.body();
      b.set("exposed_lunch_option", Baseline.JSON.valueToTree(no));
      assertThat(Baseline.parse(b).population().exposed().lunch()).as(String.valueOf(no)).isFalse();
    }
    ObjectNode b = Baseline.body();
    b.remove("exposed_lunch_option");
    b.remove("infected_lunch_option");
    VirusInput input = Baseline.parse(b);
    assertThat(input.population().exposed().lunch()).isTrue();
    assertThat(input.population().infected().lunch()).isTrue();
    for (Object bad : new Object[] {"yes", 2, "true", 1.5}) {
      ObjectNode c = Baseline.body();
      c.set("hepa_option", Baseline.JSON.valueToTree(bad));
      assertInputError(() -> Baseline.parse(c), "hepa_option", "Invalid value for hepa_option: expected \"1\", "
          + "\"0\", true, false, 1 or 0. Got " + JsonText.json(Baseline.JSON.valueToTree(bad)) + ".");
    }
  }

  /** Decision 1, note: omitted lunch options give the documentation example a 12:30–13:30 lunch break. */
  @Test
  void omittedLunchOptionsMeanALunchBreak() {
    VirusInput input = Baseline.parse(DocumentationExample.body());
    assertThat(Presences.exposed(input.population()).boundaries())
        .extracting(s -> Map.entry(s.start(), s.end()))
        .containsExactly(Map.entry(9.0, 12.5), Map.entry(13.5, 18.0));
  }

  /** Decision 2: dict inputs as a JSON string or as a JSON object. */
  @Test
  void dictAsStringOrObject() {
    String text = "{\"exposed_breaks\": [{\"start_time\": \"10:00\", \"finish_time\": \"10:30\"}], "
        + "\"infected_breaks\": []}";
    ObjectNode asString = Baseline.body();
    asString.put("specific_breaks", text);
    ObjectNode asObject = Baseline.body();
    asObject.set("specific_breaks", Baseline.json(text));
    assertThat(Baseline.parse(asString).population().specificBreaks())
        .isEqualTo(Baseline.parse(asObject).population().specificBreaks())
        .isEqualTo(new SpecificBreaks(java.util.List.of(new MinuteSpan(600, 630)), java.util.List.of()));
    ObjectNode broken = Baseline.body();
    broken.put("specific_breaks", "{'exposed_breaks': []}");
    assertInputError(() -> Baseline.parse(broken), "specific_breaks", "Invalid value for specific_breaks: expected "
        + "a JSON object, or a string holding one in JSON syntax. Got \"{'exposed_breaks': []}\".");
  }

  @Test
  void timeParsing() {
    for (String bad : new String[] {"9:00", "24:00", "09:60", "0900", "09:00:00"}) {
      ObjectNode b = Baseline.body();
      b.put("exposed_start", bad);
      assertInputError(() -> Baseline.parse(b), "exposed_start", "Invalid value for exposed_start: expected a time "
          + "of day \"HH:MM\" between 00:00 and 23:59. Got \"" + bad + "\".");
    }
    ObjectNode b = Baseline.body();
    b.put("exposed_start", 9);
    assertInputError(() -> Baseline.parse(b), "exposed_start", "Invalid value for exposed_start: expected a time "
        + "of day \"HH:MM\" between 00:00 and 23:59. Got 9.");
    b.put("exposed_start", "00:00");
    b.put("exposed_finish", "23:59");
    assertThat(Baseline.parse(b).population().exposed().finish()).isEqualTo(23 * 60 + 59);
  }

  /** Decision 12: an optional integer seed. */
  @Test
  void seed() {
    ObjectNode b = Baseline.body();
    b.put("seed", 42);
    assertThat(Baseline.parse(b).seed()).isEqualTo(42L);
    b.put("seed", "-7");
    assertThat(Baseline.parse(b).seed()).isEqualTo(-7L);
    b.put("seed", "");
    assertThat(Baseline.parse(b).seed()).isNull();
    b.put("seed", 1.5);
    assertInputError(() -> Baseline.parse(b), "seed",
        "Invalid value for seed: expected a whole number between -2^63 and 2^63-1. Got 1.5.");
  }

  @Test
  void bodyMustBeAnObject() {
    assertInputError(() -> VirusInputParser.parse(Baseline.json("[1]")), null,
        "The request body should be a JSON object. Got array.");
  }

  @Test
  void co2OnlyKeyIsCastThenRejected() {
    ObjectNode b = Baseline.body();
    b.put("room_capacity", "abc");
    assertInputError(() -> Baseline.parse(b), "room_capacity",
        "Invalid value for room_capacity: unable to safely cast it to a non-negative integer. Got \"abc\".");
    b.put("room_capacity", 10);
    assertInputError(() -> Baseline.parse(b), "room_capacity", "Invalid argument \"room_capacity\" given");
  }

  @Test
  void noHtmlEscaping() {
    ObjectNode b = Baseline.body();
    b.put("simulation_name", "<b>R&D</b>");
    assertThat(Baseline.parse(b).metadata().simulationName()).isEqualTo("<b>R&D</b>");
  }
}
