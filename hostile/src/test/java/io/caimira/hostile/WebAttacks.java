package io.caimira.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The web calculator's posts: the form (POST /calculator/report, as a browser sends it, with its Origin so that
 * the same-origin check passes) and the CO₂ fit and plot (JSON), with hostile fields and costly parts.
 */
abstract class WebAttacks {
  @Property
  void formPostWithAHostileField(@ForAll("hostileForms") FormCase form) {
    Hostile.check(formPost("web form: " + form.kind(), form.query()));
  }

  @Property
  void formPostWithCostlyParts(@ForAll("costlyForms") FormCase form) {
    Hostile.check(formPost("web form: " + form.kind(), form.query()));
  }

  @Property
  void co2FitAndPlot(@ForAll("co2Changes") Change change, @ForAll("co2Routes") String route) {
    ObjectNode api = ValidBodies.object("{}");
    String mutated = change.apply(ValidBodies.CO2_REPORT);
    String body;
    try {
      api = ValidBodies.object(mutated);
      body = BodyMutation.write(webCo2Body(api));
    } catch (RuntimeException notAnObject) {
      body = mutated; // the whole body was replaced
    }
    Hostile.check(new Attack("web CO2 " + route + ": " + change.kind(), "POST", "/calculator/co2-fit/" + route,
        Map.of("Content-Type", "application/json", "Origin", Attack.SAME_ORIGIN),
        body.getBytes(StandardCharsets.UTF_8)));
  }

  static Attack formPost(String kind, String query) {
    return new Attack(kind, "POST", "/calculator/report", Map.of("Content-Type",
        "application/x-www-form-urlencoded", "Origin", Attack.SAME_ORIGIN), query.getBytes(StandardCharsets.UTF_8));
  }

  /** The page's CO₂ request: the form's values as strings, the data, states and capacity beside them. */
  static ObjectNode webCo2Body(ObjectNode api) {
    ObjectNode web = ValidBodies.object("{}");
    ObjectNode form = web.putObject("form");
    api.fields().forEachRemaining(e -> {
      switch (e.getKey()) {
        case "CO2_data", "fitting_ventilation_states", "room_capacity" -> web.set(e.getKey(), e.getValue());
        default -> form.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      }
    });
    return web;
  }

  @Provide
  Arbitrary<FormCase> hostileForms() {
    Arbitrary<String> base = Arbitraries.of(ValidBodies.VIRUS, ValidBodies.VIRUS_RICH, ValidBodies.VIRUS_OCCUPANCY);
    Arbitrary<String> field = Arbitraries.of(BodyMutations.VIRUS_KEYS);
    Arbitrary<FormCase> oneField = Combinators.combine(base, field, HostileValues.any(),
        Arbitraries.of("replace", "drop", "twice")).as((json, name, value, op) -> {
          Map<String, String> fields = ValidBodies.formFields(json);
          String query = switch (op) {
            case "drop" -> {
              fields.remove(name);
              yield Codes.query(fields);
            }
            case "twice" -> Codes.query(fields) + "&" + Codes.enc(name) + "=" + Codes.enc(value.text());
            default -> {
              fields.put(name, value.text());
              yield Codes.query(fields);
            }
          };
          return new FormCase((op.equals("drop") ? "dropped field" : value.kind()) + " [" + name + "]", query);
        });
    Arbitrary<FormCase> manyFields = Arbitraries.of(1_000, 100_000).map(n -> {
      StringBuilder b = new StringBuilder(Codes.query(ValidBodies.formFields(ValidBodies.VIRUS)));
      for (int i = 0; i < n; i++) {
        b.append("&f").append(i).append("=1");
      }
      return new FormCase("many fields", b.toString());
    });
    Arbitrary<FormCase> longName = Arbitraries.of(1_000, 1_000_000).map(n ->
        new FormCase("long field name", Codes.query(ValidBodies.formFields(ValidBodies.VIRUS)) + "&" + "n".repeat(n)
            + "=1"));
    return Arbitraries.frequencyOf(Tuple.of(10, oneField), Tuple.of(1, manyFields), Tuple.of(1, longName));
  }

  @Provide
  Arbitrary<FormCase> costlyForms() {
    return Combinators.combine(Arbitraries.of(ValidBodies.VIRUS, ValidBodies.VIRUS_RICH), Crowds.virus())
        .as((json, crowd) -> {
          Map<String, String> fields = new LinkedHashMap<>(ValidBodies.formFields(crowd.apply(json)));
          return new FormCase(crowd.kind(), Codes.query(fields));
        });
  }

  @Provide
  Arbitrary<Change> co2Changes() {
    return Change.of(ValidBodies.CO2_REPORT);
  }

  @Provide
  Arbitrary<String> co2Routes() {
    return Arbitraries.of("plot", "fit");
  }
}
