package io.caimira.api.contract;

import io.caimira.calculator.input.Choices;
import io.caimira.calculator.input.InputLimits;
import io.caimira.calculator.input.Range;
import io.caimira.model.population.PhysicalActivity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The structure of the keys whose value is an object or a list (occupancy groups, short-range interactions, CO₂
 * data…), with the limits of {@link InputLimits}. Each may also be sent as a string holding that JSON, as upstream's
 * form does; the schema gives the structure.
 */
final class NestedInputSchemas {
  private NestedInputSchemas() {}

  /** The keys described here; every object or list key of the field definitions must be one of them. */
  static final Set<String> KEYS = Set.of("CO2_fitting_result", "occupancy", "precise_activity",
      "short_range_interactions", "specific_breaks", "CO2_data", "fitting_ventilation_states", "outside_temp_hourly");

  static Schema of(String key) {
    return switch (key) {
      case "CO2_fitting_result" -> object(ordered(
              "transition_times", numbers(InputLimits.MAX_FITTING_TRANSITIONS, InputLimits.CO2_TIME,
                  "Increasing interval boundaries [h], at least two").minItems(2),
              "ventilation_values", numbers(InputLimits.MAX_FITTING_TRANSITIONS,
                  new Range(0, InputLimits.MAX_FITTED_AIR_CHANGES, "h⁻¹", ""),
                  "Air changes per hour [h⁻¹] of each interval (one per interval; extra values are ignored)")),
          List.of("transition_times", "ventilation_values"));
      case "occupancy" -> OASFactory.createSchema().addType(SchemaType.OBJECT)
          .maxProperties(InputLimits.MAX_OCCUPANCY_GROUPS)
          .additionalPropertiesSchema(occupancyGroup())
          .description("Exposed and infected groups by identifier; `{}` for the single group of `total_people`");
      case "precise_activity" -> object(ordered(
              "physical_activity", enumeration(Arrays.stream(PhysicalActivity.values())
                  .map(PhysicalActivity::label).toList()),
              "respiratory_activity", array(object(ordered(
                      "type", enumeration(Choices.EXPIRATIONS),
                      "percentage", number(new Range(0, 100, "%", ""))), List.of("type", "percentage")),
                  InputLimits.MAX_RESPIRATORY_ENTRIES)),
          List.of("physical_activity", "respiratory_activity"));
      case "short_range_interactions" -> OASFactory.createSchema().addType(SchemaType.OBJECT)
          .additionalPropertiesSchema(array(object(ordered(
                  "expiration", enumeration(Choices.EXPIRATIONS),
                  "start_time", timeOfDay(),
                  "duration", number(new Range(InputLimits.MIN_SHORT_RANGE_DURATION,
                      InputLimits.MAX_SHORT_RANGE_DURATION, "min", "")).description("Duration [min]")),
              List.of("expiration", "start_time", "duration")), InputLimits.MAX_SHORT_RANGE_INTERACTIONS))
          .description("Interactions by exposed group identifier; `{}` for none");
      case "specific_breaks" -> object(ordered(
              "exposed_breaks", array(interval(), InputLimits.MAX_SPECIFIC_BREAKS),
              "infected_breaks", array(interval(), InputLimits.MAX_SPECIFIC_BREAKS)),
          List.of("exposed_breaks", "infected_breaks"));
      case "CO2_data" -> object(ordered(
              "times", numbers(InputLimits.MAX_CO2_POINTS, InputLimits.CO2_TIME, "Sample times [h]"),
              "CO2", numbers(InputLimits.MAX_CO2_POINTS, InputLimits.CO2_PPM, "CO₂ concentrations [ppm]")),
          List.of("times", "CO2"));
      case "fitting_ventilation_states" -> numbers(InputLimits.MAX_VENTILATION_STATES, InputLimits.CO2_TIME,
          "Ventilation transition times [h]");
      case "outside_temp_hourly" -> numbers(24, InputLimits.OUTSIDE_CELSIUS,
          "Outside temperatures of the event month [°C] at 00:00 … 23:00 local time: 24 values, or none");
      default -> throw new IllegalArgumentException("no structure known for the input key " + key);
    };
  }

  /** "HH:MM", 00:00 to 23:59. */
  static Schema timeOfDay() {
    return OASFactory.createSchema().addType(SchemaType.STRING).pattern("^([01][0-9]|2[0-3]):[0-5][0-9]$")
        .examples(List.of("09:00"));
  }

  private static Schema occupancyGroup() {
    return object(ordered(
            "total_people", integer(InputLimits.GROUP_PEOPLE).description("People of the group, infected included"),
            "infected", integer(InputLimits.GROUP_PEOPLE).description("Infected people of the group"),
            "presence", array(interval(), InputLimits.MAX_PRESENCE_INTERVALS)),
        List.of("total_people", "infected", "presence"));
  }

  private static Schema interval() {
    return object(ordered("start_time", timeOfDay(), "finish_time", timeOfDay()),
        List.of("start_time", "finish_time"));
  }

  private static Schema object(Map<String, Schema> properties, List<String> required) {
    return OASFactory.createSchema().addType(SchemaType.OBJECT).properties(new LinkedHashMap<>(properties))
        .required(new ArrayList<>(required));
  }

  private static Schema array(Schema items, int maxItems) {
    return OASFactory.createSchema().addType(SchemaType.ARRAY).items(items).maxItems(maxItems);
  }

  private static Schema numbers(int maxItems, Range range, String description) {
    return array(range == null ? number() : number(range), maxItems).description(description);
  }

  private static Schema number() {
    return OASFactory.createSchema().addType(SchemaType.NUMBER).format("double");
  }

  private static Schema number(Range range) {
    return number().minimum(BigDecimal.valueOf(range.min())).maximum(BigDecimal.valueOf(range.max()));
  }

  private static Schema integer(Range range) {
    return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
        .minimum(BigDecimal.valueOf(range.min())).maximum(BigDecimal.valueOf(range.max()));
  }

  private static Schema enumeration(List<String> values) {
    return OASFactory.createSchema().addType(SchemaType.STRING).enumeration(new ArrayList<>(values));
  }

  private static Map<String, Schema> ordered(Object... keysAndSchemas) {
    Map<String, Schema> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndSchemas.length; i += 2) {
      m.put((String) keysAndSchemas[i], (Schema) keysAndSchemas[i + 1]);
    }
    return m;
  }
}
