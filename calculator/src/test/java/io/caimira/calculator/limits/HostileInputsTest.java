package io.caimira.calculator.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.DefaultCalculatorService;
import io.caimira.calculator.InputError;
import io.caimira.calculator.ReportOptions;
import io.caimira.calculator.input.Co2Fields;
import io.caimira.calculator.input.FieldSpec;
import io.caimira.calculator.input.FieldType;
import io.caimira.calculator.input.VirusFields;
import io.caimira.calculator.input.VirusInputParser;
import io.caimira.calculator.report.ReportJson;
import io.caimira.model.weather.GenevaWeatherProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every number input of the virus report, in every context that uses it, given generated extreme values: the
 * answer is either a clean {@link InputError} naming the input (with a short message, in English and French) or
 * a report whose numbers are all finite. The ranges' own bounds must give reports.
 */
class HostileInputsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final DefaultCalculatorService SERVICE =
      new DefaultCalculatorService(GenevaWeatherProvider.instance());
  private static final ReportOptions SMALL = new ReportOptions(false, false, 300);

  /** Values no real input has; each must be refused or computed to finite numbers. */
  static final List<JsonNode> EXTREMES = List.of(
      JSON.getNodeFactory().numberNode(0), JSON.getNodeFactory().numberNode(-0.0),
      JSON.getNodeFactory().numberNode(Double.MIN_VALUE), JSON.getNodeFactory().numberNode(1e-300),
      JSON.getNodeFactory().numberNode(-1), JSON.getNodeFactory().numberNode(1e308),
      JSON.getNodeFactory().numberNode(-1e308), JSON.getNodeFactory().numberNode(Integer.MAX_VALUE),
      JSON.getNodeFactory().numberNode(Long.MIN_VALUE), JSON.getNodeFactory().textNode("4.9e-324"),
      JSON.getNodeFactory().textNode("9".repeat(5000)), JSON.getNodeFactory().textNode("0." + "0".repeat(5000) + "1"),
      JSON.getNodeFactory().textNode("x".repeat(100_000)), JSON.getNodeFactory().textNode("[".repeat(10_000)));

  /** Bodies in which each number input is used: the field's value then matters. */
  static Map<String, Consumer<ObjectNode>> contexts() {
    return Map.of(
        "sliding window, open periodically", b -> {
          b.put("window_opening_regime", "windows_open_periodically");
        },
        "hinged window, room from dimensions", b -> {
          b.put("window_type", "window_hinged");
          b.put("window_width", "1");
          b.put("volume_type", "room_volume_from_dimensions");
          b.put("floor_area", "30");
          b.put("ceiling_height", "2.5");
        },
        "mechanical air changes, HEPA, sensors", b -> {
          b.put("ventilation_type", "mechanical_ventilation");
          b.put("mechanical_ventilation_type", "mech_type_air_changes");
          b.put("air_changes", "3");
          b.put("hepa_option", "1");
          b.put("hepa_amount", "200");
          b.put("arve_sensors_option", "1");
          b.put("humidity", "0.4");
        },
        "mechanical air supply, incidence, short range", b -> {
          b.put("ventilation_type", "mechanical_ventilation");
          b.put("mechanical_ventilation_type", "mech_type_air_supply");
          b.put("air_supply", "400");
          b.put("exposure_option", "p_probabilistic_exposure");
          b.put("geographic_population", "100000");
          b.put("geographic_cases", "100");
          b.put("short_range_option", "short_range_yes");
          b.put("short_range_occupants", "2");
          b.set("short_range_interactions", parse(
              "{\"g\": [{\"expiration\": \"Speaking\", \"start_time\": \"10:00\", \"duration\": 15}]}"));
        },
        "lunch and coffee breaks", b -> {
          b.put("exposed_lunch_option", "1");
          b.put("exposed_coffee_break_option", "coffee_break_4");
          b.put("infected_dont_have_breaks_with_exposed", "1");
          b.put("infected_lunch_option", "1");
          b.put("infected_coffee_break_option", "coffee_break_2");
        });
  }

  static ObjectNode base() {
    try (var in = HostileInputsTest.class.getResourceAsStream("/bodies/office-natural-ventilation.json")) {
      ObjectNode b = (ObjectNode) JSON.readTree(in);
      b.put("seed", 7);
      return b;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static List<FieldSpec> numberFields() {
    return VirusFields.ALL.stream().filter(f -> f.type() == FieldType.FLOAT || f.type() == FieldType.INT
        || f.type() == FieldType.OPTIONAL_LONG).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyNumberFieldWithExtremeValues() {
    List<DynamicTest> tests = new ArrayList<>();
    contexts().forEach((context, setup) -> {
      for (FieldSpec f : numberFields()) {
        tests.add(DynamicTest.dynamicTest(context + ": " + f.name(), () -> {
          for (JsonNode value : EXTREMES) {
            ObjectNode body = base();
            setup.accept(body);
            body.set(f.name(), value);
            assertRefusedOrFinite(body, f.name() + "=" + abbreviate(value));
          }
        }));
      }
    });
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> theBoundsOfEveryRangeGiveReports() {
    List<DynamicTest> tests = new ArrayList<>();
    contexts().forEach((context, setup) -> {
      for (FieldSpec f : numberFields()) {
        if (f.range() == null) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(context + ": " + f.name(), () -> {
          for (double bound : new double[] {f.range().min(), f.range().max()}) {
            ObjectNode body = base();
            setup.accept(body);
            body.put(f.name(), bound);
            // a bound may still break a rule between inputs (a duration above the period, more infected than
            // people): then the error names an input; never a failure of the model
            assertRefusedOrFinite(body, f.name() + "=" + bound);
          }
        }));
      }
    });
    return tests.stream();
  }

  /** A clean refusal naming an input, with a short message in both languages, or a report of finite numbers. */
  static void assertRefusedOrFinite(ObjectNode body, String what) {
    Object report;
    try {
      report = SERVICE.virusReport(body, SMALL);
    } catch (InputError e) {
      assertThat(e.field()).as(what + ": " + e.getMessage()).isNotBlank();
      assertThat(e.getMessage().length()).as(what).isLessThan(400);
      assertThat(e.message(Locale.FRENCH).length()).as(what).isLessThan(400);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError(what + " failed with " + e, e);
    }
    JsonNode json = ReportJson.mapper().valueToTree(report);
    assertFinite(json.path("groups"), what + " groups");
    assertFinite(json.path("CO2_concentrations"), what + " CO2");
    json.path("groups").forEach(g -> {
      assertThat(g.path("prob_inf").isNumber()).as(what + " prob_inf " + g.path("prob_inf")).isTrue();
      assertThat(g.path("prob_inf").doubleValue()).as(what).isBetween(0.0, 100.0);
    });
  }

  static void assertFinite(JsonNode node, String what) {
    if (node.isNumber()) {
      assertThat(Double.isFinite(node.doubleValue())).as(what).isTrue();
    }
    node.forEach(child -> assertFinite(child, what));
  }

  static String abbreviate(JsonNode value) {
    String s = value.toString();
    return s.length() <= 40 ? s : s.substring(0, 40) + "…(" + s.length() + " chars)";
  }

  @TestFactory
  Stream<DynamicTest> hugeTokensAreRefusedBeforeTheyAreRead() {
    List<DynamicTest> tests = new ArrayList<>();
    String million = "7".repeat(1_000_000);
    for (FieldSpec f : VirusFields.ALL) {
      tests.add(DynamicTest.dynamicTest(f.name(), () -> {
        for (String text : List.of(million, "[" + million + "]", "\"" + "a".repeat(1_000_000) + "\"")) {
          ObjectNode body = base();
          body.put(f.name(), text);
          long start = System.nanoTime();
          InputError e = catchThrowableOfType(() -> VirusInputParser.parse(body), InputError.class);
          long micros = (System.nanoTime() - start) / 1000;
          if (e == null) {
            continue; // e.g. a huge JSON array text in a list field that is unused; checked below
          }
          assertThat(e.field()).isNotBlank();
          // the message quotes a short prefix, never the megabyte
          assertThat(e.getMessage().length()).as(f.name() + " " + micros + " µs").isLessThan(400);
        }
      }));
    }
    return tests.stream();
  }

  /** The CO₂ routes: every number input of their body, and the series' values, given the same extreme values. */
  @TestFactory
  Stream<DynamicTest> everyCo2NumberWithExtremeValues() {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> targets = new ArrayList<>(Co2Fields.ALL.stream().filter(f -> f.type() == FieldType.FLOAT
        || f.type() == FieldType.INT || f.type() == FieldType.OPTIONAL_INT).map(FieldSpec::name).toList());
    targets.addAll(List.of("CO2_data.times", "CO2_data.CO2", "fitting_ventilation_states"));
    for (String target : targets) {
      tests.add(DynamicTest.dynamicTest(target, () -> {
        for (JsonNode value : EXTREMES) {
          ObjectNode body = WorkBudgetTest.co2Body(40, 2);
          switch (target) {
            case "CO2_data.times", "CO2_data.CO2" -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                body.path("CO2_data").path(target.substring(9))).set(20, value);
            case "fitting_ventilation_states" ->
                ((com.fasterxml.jackson.databind.node.ArrayNode) body.path(target)).set(1, value);
            default -> body.set(target, value);
          }
          String what = target + "=" + abbreviate(value);
          for (boolean fit : new boolean[] {false, true}) {
            Object result;
            try {
              result = fit ? SERVICE.co2Report(body) : SERVICE.co2TransitionTimes(body);
            } catch (InputError e) {
              assertThat(e.field()).as(what + ": " + e.getMessage()).isNotBlank();
              assertThat(e.getMessage().length()).as(what).isLessThan(400);
              continue;
            } catch (RuntimeException e) {
              throw new AssertionError(what + " failed with " + e, e);
            }
            assertFinite(ReportJson.mapper().valueToTree(result), what);
          }
        }
      }));
    }
    return tests.stream();
  }
}
