package io.caimira.calculator.input;

import static io.caimira.calculator.input.Baseline.assertInputError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation messages ported from upstream caimira/tests/apps/calculator/test_model_generator.py. The substance
 * and wording are upstream's; where decision 4 of api.md §13 removes a Python repr (types, dicts), the port's
 * wording is asserted, with the field.
 */
class VirusValidationTest {

  private static ObjectNode body(String... keyValues) {
    ObjectNode b = Baseline.body();
    for (int i = 0; i < keyValues.length; i += 2) {
      b.put(keyValues[i], keyValues[i + 1]);
    }
    return b;
  }

  @ParameterizedTest
  @CsvSource({"office, 10, 11", "office, 10, 10"})
  void infectedLessThanTotal(String activity, String total, String infected) {
    assertInputError(() -> Baseline.parse(body("activity_type", activity, "total_people", total,
            "infected_people", infected)), "infected_people",
        "Number of infected people cannot be greater or equal to the number of total people.");
  }

  private static void fieldError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(io.caimira.calculator.InputError.class)
        .satisfies(e -> assertThat(((io.caimira.calculator.InputError) e).field()).isEqualTo(field));
  }

  @Test
  void outsideTemperaturesComeAsAPairOrAsTwentyFourValues() {
    assertInputError(() -> Baseline.parse(body("outside_temp_min", "5")), "outside_temp_max",
        "outside_temp_max is needed with outside_temp_min: give the daily minimum and maximum together.");
    assertInputError(() -> Baseline.parse(body("outside_temp_max", "5")), "outside_temp_min",
        "outside_temp_min is needed with outside_temp_max: give the daily minimum and maximum together.");
    assertInputError(() -> Baseline.parse(body("outside_temp_min", "12", "outside_temp_max", "5")),
        "outside_temp_min", "The daily minimum outside temperature (12.0 °C) should not be above the maximum (5.0 °C).");
    fieldError(() -> Baseline.parse(body("outside_temp_min", "-100", "outside_temp_max", "5")), "outside_temp_min");
    assertInputError(() -> Baseline.parse(body("outside_temp_hourly", "[1, 2, 3]")), "outside_temp_hourly",
        "outside_temp_hourly should hold 24 values, one for each hour from 00:00 to 23:00. Got 3.");
    String day = "[" + String.join(",", java.util.Collections.nCopies(24, "15")) + "]";
    assertInputError(() -> Baseline.parse(body("outside_temp_hourly", day, "outside_temp_min", "5",
        "outside_temp_max", "9")), "outside_temp_hourly", "Give the outside temperatures either as 24 hourly values "
        + "(outside_temp_hourly) or as a daily minimum and maximum (outside_temp_min, outside_temp_max), not both.");
    String hot = "[" + String.join(",", java.util.Collections.nCopies(23, "15")) + ", 75]";
    fieldError(() -> Baseline.parse(body("outside_temp_hourly", hot)), "outside_temp_hourly");
    fieldError(() -> Baseline.parse(body("outside_temp_hourly", "[\"x\"]")), "outside_temp_hourly");
    // accepted: a pair, 24 values, or nothing (the form's empty fields)
    assertThat(Baseline.parse(body("outside_temp_min", "5", "outside_temp_max", "9")).location().outside().hourly())
        .hasSize(24);
    assertThat(Baseline.parse(body("outside_temp_hourly", day)).location().outside().givenHourly()).isTrue();
    assertThat(Baseline.parse(body("outside_temp_hourly", "", "outside_temp_min", "", "outside_temp_max", ""))
        .location().outside()).isNull();
  }

  @Test
  void trainingLimitedToOneInfected() {
    assertInputError(() -> Baseline.parse(body("activity_type", "training", "total_people", "10",
        "infected_people", "2")), "infected_people", "Conference/Training activities are limited to 1 infected.");
  }

  @Test
  void lunchEndingBeforeItBegins() {
    assertInputError(() -> Baseline.parse(body("exposed_coffee_break_option", "coffee_break_0",
            "exposed_lunch_start", "14:00", "exposed_lunch_finish", "13:00")), "exposed_lunch_start",
        "exposed_lunch_start must be less than exposed_lunch_finish. Got 840 and 780.");
  }

  @ParameterizedTest
  @CsvSource({"08:00, 14:00", "19:00, 20:00", "07:00, 08:00", "09:00, 20:00"})
  void exposedLunchWithinPresence(String start, String finish) {
    assertInputError(() -> Baseline.parse(body("exposed_lunch_start", start, "exposed_lunch_finish", finish)),
        "exposed_lunch_start", "exposed lunch break must be within presence times.");
  }

  @ParameterizedTest
  @CsvSource({"08:00, 14:00", "19:00, 20:00", "07:00, 08:00", "09:00, 20:00"})
  void infectedLunchWithinPresence(String start, String finish) {
    assertInputError(() -> Baseline.parse(body("infected_lunch_start", start, "infected_lunch_finish", finish)),
        "infected_lunch_start", "infected lunch break must be within presence times.");
  }

  @Test
  void exposedBreaksLength() {
    assertInputError(() -> Baseline.parse(body("exposed_coffee_break_option", "coffee_break_4",
            "exposed_coffee_duration", "30", "exposed_start", "10:00", "exposed_finish", "11:00",
            "exposed_lunch_option", "0")), "exposed_coffee_break_option",
        "Length of breaks >= Length of exposed presence.");
  }

  @Test
  void infectedBreaksLength() {
    assertInputError(() -> Baseline.parse(body("infected_start", "09:00", "infected_finish", "12:00",
            "infected_lunch_start", "10:00", "infected_lunch_finish", "11:00", "infected_coffee_break_option",
            "coffee_break_4", "infected_coffee_duration", "30")), "infected_coffee_break_option",
        "Length of breaks >= Length of infected presence.");
  }

  @Test
  void unknownCoffeeOption() {
    // upstream: KeyError 'coffee_break_9' (api.md §6); the port names the field
    assertInputError(() -> Baseline.parse(body("exposed_coffee_break_option", "coffee_break_9")),
        "exposed_coffee_break_option", "coffee_break_9 is not a valid value for exposed_coffee_break_option. "
            + "Allowed values: coffee_break_0, coffee_break_1, coffee_break_2, coffee_break_3, coffee_break_4");
  }

  @Test
  void noLunchMayHaveZeroLength() {
    assertThat(Baseline.parse(body("exposed_lunch_option", "0", "exposed_lunch_start", "00:00",
        "exposed_lunch_finish", "00:00"))).isNotNull();
  }

  @Test
  void enums() {
    assertInputError(() -> Baseline.parse(body("activity_type", "invalid key")), "activity_type",
        "invalid key is not a valid value for activity_type. Allowed values: "
            + String.join(", ", ActivityType.keys()));
    assertInputError(() -> Baseline.parse(body("event_month", "invalid month")), "event_month",
        "invalid month is not a valid value for event_month. Allowed values: January, February, March, April, "
            + "May, June, July, August, September, October, November, December");
    assertInputError(() -> Baseline.parse(body("mask_type", "No mask")), "mask_type",
        "No mask is not a valid value for mask_type. Allowed values: Type I, FFP2, Cloth");
  }

  @Test
  void naturalVentilationNeedsWindowAndRegime() {
    assertInputError(() -> Baseline.parse(body("ventilation_type", "natural_ventilation", "window_type",
            "not-applicable")), "window_type",
        "window_type cannot be 'not-applicable' if ventilation_type is 'natural_ventilation'");
    assertInputError(() -> Baseline.parse(body("ventilation_type", "natural_ventilation", "window_opening_regime",
            "not-applicable")), "window_opening_regime",
        "window_opening_regime cannot be 'not-applicable' if ventilation_type is 'natural_ventilation'");
    assertInputError(() -> Baseline.parse(body("window_opening_regime", "windows_open_periodically",
        "windows_duration", "20", "windows_frequency", "10")), "windows_duration",
        "Duration cannot be bigger than frequency.");
  }

  @Test
  void mechanicalVentilationNeedsItsType() {
    assertInputError(() -> Baseline.parse(body("ventilation_type", "mechanical_ventilation",
            "mechanical_ventilation_type", "not-applicable")), "mechanical_ventilation_type",
        "mechanical_ventilation_type cannot be 'not-applicable' if ventilation_type is 'mechanical_ventilation'");
  }

  // ---- occupancy

  private static ObjectNode occupancy(String json) {
    ObjectNode b = Baseline.body();
    b.set("occupancy", Baseline.json(json));
    return b;
  }

  @Test
  void occupancyNotADictionary() {
    assertInputError(() -> Baseline.parse(occupancy("[]")), "occupancy",
        "The \"occupancy\" input should be a valid dictionary. Got [].");
  }

  static Stream<Arguments> missingGroupKeys() {
    String presence = "[{\"start_time\": \"10:00\", \"finish_time\": \"11:00\"}]";
    return Stream.of(
        Arguments.of("{\"tal_people\": 10, \"infected\": 5, \"presence\": " + presence + "}",
            "Missing \"total_people\" key in occupancy group \"group_A\". Got keys: tal_people, infected, presence."),
        Arguments.of("{\"total_people\": 10, \"infeted\": 5, \"presence\": " + presence + "}",
            "Missing \"infected\" key in occupancy group \"group_A\". Got keys: total_people, infeted, presence."),
        Arguments.of("{\"total_people\": 10, \"infected\": 5, \"pesence\": " + presence + "}",
            "Missing \"presence\" key in occupancy group \"group_A\". Got keys: total_people, infected, pesence."));
  }

  @ParameterizedTest
  @MethodSource("missingGroupKeys")
  void occupancyGroupKeys(String group, String message) {
    assertInputError(() -> Baseline.parse(occupancy("{\"group_A\": " + group + "}")), "occupancy", message);
  }

  static Stream<Arguments> presenceErrors() {
    String g = "in occupancy group \"group_A\"";
    return Stream.of(
        // upstream: Got <class 'dict'>.
        Arguments.of("{\"start_time\": \"10:00\", \"finish_time\": \"11:00\"}",
            "The \"presence\" parameter in occupancy group \"group_A\" should be a valid list. Got object."),
        Arguments.of("[]",
            "The \"presence\" parameter in occupancy group \"group_A\" should be a valid, non-empty list. Got []."),
        // upstream: Got <class 'list'> in occupancy group "group_A".
        Arguments.of("[[\"start_time\", \"10:00\", \"finish_time\", \"11:00\"]]",
            "Each presence interval should be a valid dictionary. Got array " + g + "."),
        Arguments.of("[{\"art_time\": \"10:00\", \"finish_time\": \"11:00\"}]",
            "Missing \"start_time\" key in \"presence\" parameter of occupancy group \"group_A\". Got keys: "
                + "art_time, finish_time."),
        Arguments.of("[{\"start_time\": \"10:00\", \"ish_time\": \"11:00\"}]",
            "Missing \"finish_time\" key in \"presence\" parameter of occupancy group \"group_A\". Got keys: "
                + "start_time, ish_time."),
        Arguments.of("[{\"start_time\": \"10\", \"finish_time\": \"11:00\"}]",
            "Invalid time format found in \"presence\" parameter of occupancy group \"group_A\". Expected HH:MM, "
                + "got 10."),
        Arguments.of("[{\"start_time\": \"10:00\", \"finish_time\": \"11\"}]",
            "Invalid time format found in \"presence\" parameter of occupancy group \"group_A\". Expected HH:MM, "
                + "got 11."),
        // decision 4 / quirk 12: "9:00" passes upstream's regex and then fails its conversion
        Arguments.of("[{\"start_time\": \"9:00\", \"finish_time\": \"11:00\"}]",
            "Invalid time format found in \"presence\" parameter of occupancy group \"group_A\". Expected HH:MM, "
                + "got 9:00."),
        Arguments.of("[{\"start_time\": \"11:00\", \"finish_time\": \"10:00\"}]",
            "Inconsistent times found in \"presence\" parameter of occupancy group \"group_A\". The "
                + "{\"start_time\": \"11:00\", \"finish_time\": \"10:00\"} entry has a start time (\"11:00\") after "
                + "the finish time (\"10:00\")."),
        // upstream: Python dict reprs
        Arguments.of("[{\"start_time\": \"08:00\", \"finish_time\": \"17:00\"}, "
                + "{\"start_time\": \"13:00\", \"finish_time\": \"14:00\"}]",
            "Overlap detected: The entry {\"start_time\": \"13:00\", \"finish_time\": \"14:00\"} overlaps with an "
                + "already existing entry ({\"start_time\": \"08:00\", \"finish_time\": \"17:00\"})."));
  }

  @ParameterizedTest
  @MethodSource("presenceErrors")
  void occupancyPresence(String presence, String message) {
    assertInputError(() -> Baseline.parse(occupancy("{\"group_A\": {\"total_people\": 10, \"infected\": 5, "
        + "\"presence\": " + presence + "}}")), "occupancy", message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"10\" | 10", "9.8 | 9.8", "[10] | [10]", "-1 | -1", "true | true"})
  void occupancyTotalPeople(String value, String shown) {
    assertInputError(() -> Baseline.parse(occupancy("{\"group_A\": {\"total_people\": " + value
            + ", \"infected\": 10, \"presence\": [{\"start_time\": \"08:00\", \"finish_time\": \"18:00\"}]}}")),
        "occupancy", "The \"total_people\" input in occupancy group \"group_A\" should be a non-negative integer. "
            + "Got " + shown + ".");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"\"10\" | 10", "9.8 | 9.8", "[10] | [10]", "-1 | -1"})
  void occupancyInfected(String value, String shown) {
    assertInputError(() -> Baseline.parse(occupancy("{\"group_A\": {\"total_people\": 20, \"infected\": " + value
            + ", \"presence\": [{\"start_time\": \"08:00\", \"finish_time\": \"18:00\"}]}}")),
        "occupancy", "The infected input in occupancy group \"group_A\" should be a non-negative integer. Got "
            + shown + ".");
  }

  @Test
  void occupancyInfectedAboveTotal() {
    assertInputError(() -> Baseline.parse(occupancy("{\"group_A\": {\"total_people\": 20, \"infected\": 30, "
            + "\"presence\": [{\"start_time\": \"08:00\", \"finish_time\": \"18:00\"}]}}")),
        "occupancy", "The number of infected people (30) cannot be greater than the total people (20).");
  }

  // ---- short range

  private static ObjectNode shortRange(String interactions) {
    ObjectNode b = Baseline.body();
    b.put("short_range_option", "short_range_yes");
    b.set("short_range_interactions", Baseline.json(interactions));
    return b;
  }

  static Stream<Arguments> shortRangeErrors() {
    String g = "occupancy group \"group_A\"";
    return Stream.of(
        Arguments.of("[[\"expiration\", \"Shouting\", \"start_time\", \"09:00\", \"duration\", 30]]",
            "Each short-range interaction should be a dictionary. Got array in " + g + "."),
        Arguments.of("[{\"expiratio\": \"Shouting\", \"start_time\": \"09:00\", \"duration\": 30}]",
            "Missing \"expiration\" key in short-range interaction for " + g
                + ". Got keys: expiratio, start_time, duration."),
        Arguments.of("[{\"expiration\": \"Shouting\", \"start_tim\": \"09:00\", \"duration\": 30}]",
            "Missing \"start_time\" key in short-range interaction for " + g
                + ". Got keys: expiration, start_tim, duration."),
        Arguments.of("[{\"expiration\": \"Shouting\", \"start_time\": \"09:00\", \"duratio\": 30}]",
            "Missing \"duration\" key in short-range interaction for " + g
                + ". Got keys: expiration, start_time, duratio."),
        Arguments.of("[{\"expiration\": \"Shouting\", \"start_time\": \"9\", \"duration\": 30}]",
            "Invalid time format for start_time in short-range interaction for " + g + ". Expected HH:MM, got 9."),
        Arguments.of("[{\"expiration\": \"Whisper\", \"start_time\": \"09:00\", \"duration\": 30}]",
            "Invalid expiration value in short-range interaction for " + g + ". Got \"Whisper\". "
                + "Allowed values: Breathing, Speaking, Singing, Shouting."),
        Arguments.of("[{\"expiration\": \"Shouting\", \"start_time\": \"09:00\", \"duration\": -30}]",
            "The duration value in short-range interaction for " + g
                + " should be a non-negative integer. Got -30."),
        Arguments.of("[{\"expiration\": \"Shouting\", \"start_time\": \"09:00\", \"duration\": \"30\"}]",
            "The duration value in short-range interaction for " + g
                + " should be a non-negative integer. Got 30."),
        Arguments.of("{\"expiration\": \"Shouting\"}",
            "The short-range interactions in " + g + " should be defined in a valid list. Got object."),
        Arguments.of("[]", "The short-range interactions in " + g + " should be a non-empty list. Got [].")); 
  }

  @ParameterizedTest
  @MethodSource("shortRangeErrors")
  void shortRangeInteraction(String interactions, String message) {
    assertInputError(() -> Baseline.parse(shortRange("{\"group_A\": " + interactions + "}")),
        "short_range_interactions", message);
  }

  @Test
  void shortRangeWithoutOccupancy() {
    assertInputError(() -> Baseline.parse(shortRange("{\"group_A\": [{\"expiration\": \"Shouting\", "
            + "\"start_time\": \"07:00\", \"duration\": 30}]}")), "short_range_interactions",
        "Short-range interactions must occur during simulation time. Got {\"expiration\": \"Shouting\", "
            + "\"start_time\": \"07:00\", \"duration\": 30} in occupancy group \"group_A\".");
    assertInputError(() -> Baseline.parse(shortRange("{\"group_A\": [{\"expiration\": \"Shouting\", "
            + "\"start_time\": \"10:00\", \"duration\": 30}, {\"expiration\": \"Shouting\", \"start_time\": "
            + "\"10:10\", \"duration\": 15}]}")), "short_range_interactions",
        "Overlap detected: The entry {\"expiration\": \"Shouting\", \"start_time\": \"10:10\", \"duration\": 15} "
            + "overlaps with an already existing entry ({\"expiration\": \"Shouting\", \"start_time\": \"10:00\", "
            + "\"duration\": 30}).");
    assertInputError(() -> Baseline.parse(shortRange("{}")), "short_range_interactions",
        "When short_range_option input is set to \"short_range_yes\", the short_range_interactions input should "
            + "not be empty. Got {}.");
    assertInputError(() -> Baseline.parse(shortRange("{\"group_A\": [{\"expiration\": \"Shouting\", "
            + "\"start_time\": \"10:00\", \"duration\": 30}], \"group_B\": [{\"expiration\": \"Shouting\", "
            + "\"start_time\": \"10:00\", \"duration\": 30}]}")), "short_range_interactions",
        "Incompatible number of occupancy groups in the short_range_interactions input. Got 2 groups when the "
            + "maximum is 1.");
  }

  private static final String TWO_GROUPS = "{\"group_A\": {\"total_people\": 20, \"infected\": 10, \"presence\": "
      + "[{\"start_time\": \"10:00\", \"finish_time\": \"12:00\"}, {\"start_time\": \"13:00\", \"finish_time\": "
      + "\"17:00\"}]}, \"group_B\": {\"total_people\": 20, \"infected\": 10, \"presence\": [{\"start_time\": "
      + "\"10:00\", \"finish_time\": \"11:00\"}]}}";

  @Test
  void shortRangeWithOccupancy() {
    ObjectNode b = shortRange("{\"group_C\": [{\"expiration\": \"Shouting\", \"start_time\": \"10:30\", "
        + "\"duration\": 30}]}");
    b.set("occupancy", Baseline.json(TWO_GROUPS));
    assertInputError(() -> Baseline.parse(b), "short_range_interactions", "Occupancy group \"group_C\" referenced "
        + "in short-range interactions was not found in the occupancy input.");
    b.set("short_range_interactions", Baseline.json("{\"group_A\": [{\"expiration\": \"Shouting\", "
        + "\"start_time\": \"18:00\", \"duration\": 30}]}"));
    assertInputError(() -> Baseline.parse(b), "short_range_interactions", "Short-range interaction "
        + "{\"expiration\": \"Shouting\", \"start_time\": \"18:00\", \"duration\": 30} does not fall within any "
        + "presence interval in occupancy group \"group_A\".");
    b.set("occupancy", Baseline.json("{\"group_A\": {\"total_people\": 20, \"infected\": 10, \"presence\": "
        + "[{\"start_time\": \"10:00\", \"finish_time\": \"12:00\"}, {\"start_time\": \"13:00\", \"finish_time\": "
        + "\"17:00\"}]}}"));
    b.set("short_range_interactions", Baseline.json("{\"group_A\": [{\"expiration\": \"Shouting\", "
        + "\"start_time\": \"10:00\", \"duration\": 30}], \"group_B\": [{\"expiration\": \"Shouting\", "
        + "\"start_time\": \"10:00\", \"duration\": 30}]}"));
    assertInputError(() -> Baseline.parse(b), "short_range_interactions", "Incompatible number of occupancy groups "
        + "in the short_range_interactions input. Got 2 groups when the maximum is 1 (from the occupancy input).");
  }

  @Test
  void shortRangeInASecondPresenceIntervalIsNotReportedAsOverlappingItself() {
    // upstream quirk (api.md §14, 18) not copied: validation passes; the combination is then refused as unsupported
    ObjectNode b = shortRange("{\"group_A\": [{\"expiration\": \"Shouting\", \"start_time\": \"14:00\", "
        + "\"duration\": 30}]}");
    b.set("occupancy", Baseline.json(TWO_GROUPS));
    assertInputError(() -> Baseline.parse(b), "short_range_interactions",
        "Short-range interactions cannot be combined with occupancy groups (not supported).");
  }

  @Test
  void occupancyWithProbabilisticExposureIsUnsupported() {
    ObjectNode b = Baseline.body();
    b.set("occupancy", Baseline.json(TWO_GROUPS));
    b.put("exposure_option", "p_probabilistic_exposure");
    assertInputError(() -> Baseline.parse(b), "exposure_option", "The probabilistic exposure "
        + "(p_probabilistic_exposure) cannot be combined with occupancy groups: the total probability including the "
        + "incidence rate is not defined for dynamic occupancy.");
  }

  @Test
  void shortRangeOccupantsAtMostTheExposed() {
    assertInputError(() -> Baseline.parse(body("short_range_occupants", "10")), "short_range_occupants",
        "The total number of occupants having short-range interactions (10) should be lower than the exposed "
            + "population (9).");
  }

  /** Decision 13: the incidence cannot make a random person infected with a probability above 1. */
  @Test
  void inconsistentIncidence() {
    ObjectNode b = body("exposure_option", "p_probabilistic_exposure", "ascertainment_bias", "confidence_low");
    b.put("geographic_population", 1000);
    b.put("geographic_cases", 8);
    assertInputError(() -> Baseline.parse(b), "geographic_cases", "Inconsistent incidence inputs: geographic_cases "
        + "(8) × 14 infectious days × ascertainment bias (10) = 1120 exceeds geographic_population (1000), so the "
        + "probability that a random person is infected would exceed 1.");
    b.put("geographic_cases", 7);
    assertThat(Baseline.parse(b).incidence()).isEqualTo(new IncidenceInput(true, 1000, 7, 10));
    b.put("exposure_option", "p_deterministic_exposure");
    b.put("geographic_cases", 8);
    assertThat(Baseline.parse(b).incidence().probabilistic()).isFalse();
  }

  @Test
  void portChecks() {
    assertInputError(() -> Baseline.parse(body("room_volume", "0")), "room_volume",
        "The room volume should be a positive number of m³ when volume_type is room_volume_explicit. Got 0.0.");
    assertInputError(() -> Baseline.parse(body("arve_sensors_option", "1", "humidity", "high")), "humidity",
        "The humidity should be a number between 0 and 1 when arve_sensors_option is set. Got \"high\".");
    assertThat(Baseline.parse(body("arve_sensors_option", "1", "humidity", "0.4")).room().sensorHumidity())
        .isEqualTo(0.4);
    assertInputError(() -> Baseline.parse(body("ventilation_type", "from_fitting")), "CO2_fitting_result",
        "With ventilation_type from_fitting, CO2_fitting_result should be an object with \"transition_times\" and "
            + "\"ventilation_values\". Got {}.");
  }
}
