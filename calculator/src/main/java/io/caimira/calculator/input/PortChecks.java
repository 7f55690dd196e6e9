package io.caimira.calculator.input;

import io.caimira.calculator.InputError;
import io.caimira.calculator.Message;
import io.caimira.calculator.MessageKey;
import java.util.List;

/**
 * Checks the port adds after upstream's validation (api.md §13, decisions 4 and 13): inputs that upstream only
 * rejects while building (with an unclear message) or never rejects (and then computes NaN).
 */
final class PortChecks {
  private static final FieldSpec VOLUME =
      VirusFields.ALL.stream().filter(f -> f.name().equals("room_volume")).findFirst().orElseThrow();

  private PortChecks() {}

  /** Rejects occupancy groups none of which has an infected person (there is nobody to emit). */
  static void someoneInfected(List<OccupancyGroup> groups) {
    if (!groups.isEmpty() && groups.stream().allMatch(g -> g.infected() == 0)) {
      throw new InputError(OccupancyParser.FIELD, Message.of(MessageKey.OCCUPANCY_NO_INFECTED));
    }
  }

  static void precise(FormValues v) {
    if (v.str("activity_type").equals("precise") && v.json("precise_activity").isObject()
        && v.json("precise_activity").isEmpty()) {
      throw new InputError("precise_activity", Message.of(MessageKey.PRECISE_ACTIVITY_REQUIRED));
    }
  }

  /** The humidity of the sensors: a finite number from 0 to 1, when {@code arve_sensors_option} is set. */
  static Double sensorHumidity(FormValues v) {
    if (!v.bool("arve_sensors_option")) {
      return null;
    }
    String text = v.str("humidity");
    double h;
    try {
      h = Casts.toDouble("humidity", com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
    } catch (InputError e) {
      h = Double.NaN;
    }
    if (!(h >= 0 && h <= 1)) {
      throw new InputError("humidity", Message.of(MessageKey.HUMIDITY_RANGE, text));
    }
    return h;
  }

  /** The room volume, positive (upstream divides by it). */
  static double volume(FormValues v) {
    boolean explicit = v.str("volume_type").equals("room_volume_explicit");
    double volume = explicit ? v.real("room_volume") : v.real("floor_area") * v.real("ceiling_height");
    if (!(volume > 0) || !Double.isFinite(volume)) {
      if (explicit) {
        throw new InputError("room_volume",
            Message.of(MessageKey.ROOM_VOLUME_EXPLICIT_POSITIVE, v.real("room_volume")));
      }
      throw new InputError("floor_area",
          Message.of(MessageKey.ROOM_DIMENSIONS_POSITIVE, v.real("floor_area"), v.real("ceiling_height")));
    }
    Range range = VOLUME.range();
    if (!explicit && !range.contains(volume)) {
      throw new InputError("floor_area", Message.of(MessageKey.ROOM_VOLUME_RANGE, Range.number(range.min()),
          Range.number(range.max()), Range.number(volume)));
    }
    return volume;
  }

  /** Decision 13: p_random = cases × 14 × bias / population must not exceed 1. */
  static void incidence(FormValues v) {
    if (!v.str("exposure_option").equals(Choices.PROBABILISTIC_EXPOSURE)) {
      return;
    }
    long population = v.integer("geographic_population");
    long cases = v.integer("geographic_cases");
    int bias = IncidenceInput.bias(v.str("ascertainment_bias"));
    long infectious = cases * IncidenceInput.INFECTIOUSNESS_DAYS * bias;
    if (population > 0 && cases > 0 && infectious > population) {
      throw new InputError("geographic_cases", Message.of(MessageKey.INCIDENCE_INCONSISTENT, cases,
          IncidenceInput.INFECTIOUSNESS_DAYS, bias, infectious, population));
    }
  }

  /** Combinations upstream cannot compute (api.md §6, §13 decision 4). */
  static void unsupported(FormValues v, List<OccupancyGroup> groups) {
    if (groups.isEmpty()) {
      return;
    }
    if (v.str("short_range_option").equals(Choices.SHORT_RANGE_YES)) {
      throw new InputError("short_range_interactions", Message.of(MessageKey.SHORT_RANGE_WITH_OCCUPANCY));
    }
    if (v.str("exposure_option").equals(Choices.PROBABILISTIC_EXPOSURE)) {
      throw new InputError("exposure_option", Message.of(MessageKey.PROBABILISTIC_WITH_OCCUPANCY));
    }
  }

  /**
   * Physical ranges of the ventilation inputs that are used (decision 4: out-of-range values are bad input);
   * upstream computes negative or NaN air exchange rates from them.
   */
  static void ventilationRanges(FormValues v) {
    switch (v.str("ventilation_type")) {
      case "natural_ventilation" -> {
        positive(v, "window_height");
        positive(v, "opening_distance");
        if (v.integer("windows_number") < 1) {
          throw new InputError("windows_number",
              Message.of(MessageKey.WINDOWS_NUMBER_MIN, v.integer("windows_number")));
        }
        if (v.str("window_type").equals("window_hinged")) {
          positive(v, "window_width");
          if (v.real("opening_distance") > 2 * v.real("window_height")) {
            throw new InputError("opening_distance",
                Message.of(MessageKey.HINGED_OPENING_TOO_WIDE, v.real("opening_distance"), v.real("window_height")));
          }
        }
        if (v.str("window_opening_regime").equals("windows_open_periodically")) {
          positive(v, "windows_frequency");
          positive(v, "windows_duration");
        }
      }
      case "mechanical_ventilation" -> {
        if (v.str("mechanical_ventilation_type").equals("mech_type_air_changes")) {
          nonNegative(v, "air_changes");
        } else {
          nonNegative(v, "air_supply");
        }
      }
      default -> { }
    }
    if (v.bool("hepa_option")) {
      nonNegative(v, "hepa_amount");
    }
  }

  private static void positive(FormValues v, String key) {
    double value = v.real(key);
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new InputError(key, Message.of(MessageKey.POSITIVE_NUMBER, key, value));
    }
  }

  private static void nonNegative(FormValues v, String key) {
    double value = v.real(key);
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new InputError(key, Message.of(MessageKey.NON_NEGATIVE_NUMBER, key, value));
    }
  }
}
