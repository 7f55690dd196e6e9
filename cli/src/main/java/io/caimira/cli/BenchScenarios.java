package io.caimira.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.CalculatorService;
import io.caimira.calculator.ReportOptions;
import io.caimira.model.concentration.Co2ConcentrationModel;
import io.caimira.model.population.Activity;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.SimplePopulation;
import io.caimira.model.room.Room;
import io.caimira.model.time.PiecewiseConstant;
import io.caimira.model.time.SpecificInterval;
import io.caimira.model.ventilation.CustomVentilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** The standard benchmark scenarios: request bodies shipped with the CLI and the call each one times. */
final class BenchScenarios {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchScenarios() {}

  /**
   * A named request: what it is, how to compute it in-process, and the same request to a server's API (path with
   * its query, and body).
   */
  record Scenario(String name, String description, Function<CalculatorService, Object> call, String path,
      JsonNode body) {}

  static List<Scenario> all(Integer samples) {
    ReportOptions options = new ReportOptions(false, false, samples);
    return List.of(
        virus("office", "api.md example: office, 10 people, sliding window, Geneva January", options),
        virus("short-range", "meeting room, mechanical ventilation, 2 short-range interactions", options),
        virus("probabilistic", "office with incidence data (total probability rule)", options),
        virus("dynamic-groups", "two occupancy groups, air supply and HEPA filter", options),
        virus("natural-ventilation", "classroom, 3 hinged windows opened hourly, Zurich March, masks", options),
        withAlternatives(samples),
        conditionalView(samples),
        co2Fit());
  }

  private static Scenario virus(String name, String description, ReportOptions options) {
    ObjectNode body = body(name);
    return new Scenario(name, description, service -> service.virusReport(body, options), VIRUS_REPORT, body);
  }

  private static Scenario co2Fit() {
    ObjectNode body = co2Body();
    return new Scenario("co2-fit", "CO₂ fit: 151 samples, 4 ventilation states (synthetic sensor series)",
        service -> service.co2Report(body), "/api/co2/report", body);
  }

  /** The API route of a virus report, under the server's root. */
  static final String VIRUS_REPORT = "/api/virus/report";

  /** The office with its alternative scenarios, as the web report computes it. */
  private static Scenario withAlternatives(Integer samples) {
    ObjectNode body = body("office");
    ReportOptions options = new ReportOptions(false, true, samples);
    return new Scenario("office+alternatives", "the office with the alternative scenarios (the web report's work)",
        service -> service.virusReport(body, options), VIRUS_REPORT + "?include_alternative_scenarios=true", body);
  }

  /**
   * The conditional-probability view of the web report: the office with P(I) per viral-load bin and its alternative
   * scenarios, answered as JSON without the raw samples (the page keeps them for two histograms but never sends them;
   * as JSON they would be megabytes to serialise, which is not the view's work).
   */
  private static Scenario conditionalView(Integer samples) {
    ObjectNode body = body("office");
    body.put("conditional_probability_viral_loads", true);
    ReportOptions options = new ReportOptions(false, true, samples);
    return new Scenario("conditional-view",
        "the office's conditional-probability view: P(I) by viral load, with the alternative scenarios",
        service -> service.virusReport(body, options), VIRUS_REPORT + "?include_alternative_scenarios=true", body);
  }

  static ObjectNode body(String name) {
    try (InputStream in = BenchScenarios.class.getResourceAsStream("/bench/" + name + ".json")) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CO₂ sensor series made with our own model — 60 m³, 2 people 08:30–13:00, air changes 0.5, 6.35 and 2.4 h⁻¹
   * after 10:10 and 12:28, exhalation 0.33 m³/h — sampled every 2 minutes from 08:00 with ±5 ppm noise, and the
   * /co2/report body fitting it.
   */
  static ObjectNode co2Body() {
    var model = new Co2ConcentrationModel(new Room(60),
        new CustomVentilation(new PiecewiseConstant(new double[] {0, 10.167, 12.467, 24},
            new double[] {0.5, 6.35, 2.4})),
        new SimplePopulation(Headcount.fixed(2, SpecificInterval.of(8.5, 13)), Activity.of(0.33, 0.33)));
    SplittableRandom noise = new SplittableRandom(151);
    ArrayNode times = JSON.createArrayNode();
    ArrayNode co2 = JSON.createArrayNode();
    for (int i = 0; i < 151; i++) {
      double t = 8 + i / 30.0;
      times.add(t);
      co2.add(model.concentration(t).scalar() + noise.nextDouble(-5, 5));
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("CO2_data", JSON.createObjectNode().<ObjectNode>set("times", times).set("CO2", co2));
    body.put("room_volume", "60");
    body.put("room_capacity", 10);
    body.put("total_people", "2");
    body.put("infected_people", "1");
    for (String who : List.of("exposed", "infected")) {
      body.put(who + "_start", "08:30");
      body.put(who + "_finish", "13:00");
      body.put(who + "_lunch_option", "0");
    }
    body.put("fitting_ventilation_states", "[8.5, 10.167, 12.467, 13.0]");
    return body;
  }

  static JsonNode toJson(Object results) {
    return JSON.valueToTree(results);
  }
}
