package io.caimira.calculator.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.virus.Variant;
import java.util.List;

/**
 * Parses and validates a {@code POST /virus/report} body: the pipeline of {@link FormPipeline} over
 * {@link VirusFields#ALL}, then upstream's validation rules in upstream's order (api.md §5), then the port's own
 * checks ({@link PortChecks}). Every error is an {@link io.caimira.calculator.InputError} naming the input key.
 */
public final class VirusInputParser {
  private VirusInputParser() {}

  public static VirusInput parse(JsonNode body) {
    FormValues v = FormPipeline.run(body, VirusFields.ALL);
    List<OccupancyGroup> groups = PopulationParser.validate(v);
    PortChecks.someoneInfected(groups);
    VirusChecks.enums(v);
    VirusChecks.activityAndVentilation(v);
    SpecificBreaks breaks = SpecificBreaksParser.parse(v.json("specific_breaks"));
    JsonNode precise = v.json("precise_activity");
    PreciseActivityParser.validateStructure(precise);
    VirusChecks.shortRangeOccupants(v, groups);
    boolean shortRange = v.str("short_range_option").equals(Choices.SHORT_RANGE_YES);
    List<ShortRangeInteraction> interactions = List.of();
    if (shortRange) {
      int start = Math.min(v.minutes("infected_start"), v.minutes("exposed_start"));
      int finish = Math.max(v.minutes("infected_finish"), v.minutes("exposed_finish"));
      interactions = ShortRangeParser.parse(v.json("short_range_interactions"), groups, start, finish);
    }
    PortChecks.precise(v);
    PortChecks.unsupported(v, groups);
    PortChecks.incidence(v);
    PortChecks.ventilationRanges(v);
    double volume = PortChecks.volume(v);
    Double humidity = PortChecks.sensorHumidity(v);

    ActivityType activity = ActivityType.fromKey(v.str("activity_type")).orElseThrow();
    PreciseActivity preciseActivity =
        activity == ActivityType.PRECISE ? PreciseActivityParser.read(precise) : null;
    MaskType mask = v.str("mask_wearing_option").equals("mask_on")
        ? MaskType.fromLabel(v.str("mask_type")) : MaskType.NO_MASK;
    return new VirusInput(
        new Metadata(v.str("calculator_version"), v.str("room_number"), v.str("simulation_name"),
            v.str("sensor_in_use")),
        new RoomInput(volume, v.bool("room_heating_option"), humidity, v.real("inside_temp")),
        VentilationParser.read(v),
        PopulationParser.assemble(v, groups, breaks),
        activity,
        preciseActivity,
        mask,
        Variant.valueOf(v.str("virus_type")),
        new VaccinationInput(v.bool("vaccine_option"), v.str("vaccine_type"), v.bool("vaccine_booster_option"),
            v.str("vaccine_booster_type")),
        new LocationInput(v.real("location_latitude"), v.real("location_longitude"), v.str("location_name"),
            Choices.MONTH_NAMES.indexOf(v.str("event_month")) + 1, OutsideTemperaturesParser.read(v)),
        new ShortRangeInput(shortRange, v.integer("short_range_occupants"), interactions),
        new IncidenceInput(v.str("exposure_option").equals(Choices.PROBABILISTIC_EXPOSURE),
            v.integer("geographic_population"), v.integer("geographic_cases"),
            IncidenceInput.bias(v.str("ascertainment_bias"))),
        v.bool("conditional_probability_viral_loads"),
        v.optionalLong("seed"));
  }
}
