package io.caimira.calculator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.caimira.calculator.input.ActivityType;
import io.caimira.calculator.input.VirusFields;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inputs of a virus report, built with typed methods for the common inputs and {@link Builder#set} for any
 * other key of the API's body (docs/api-inputs.md). What is not set takes the API's default. The values are
 * checked when the report is computed, with the API's messages ({@link InputError} names the key).
 *
 * <pre>{@code
 * VirusRequest office = VirusRequest.builder()
 *     .location("Geneva", 46.204, 6.143)
 *     .roomVolume(60)
 *     .people(10, 1)
 *     .exposedPresence(LocalTime.of(9, 0), LocalTime.of(18, 0))
 *     .infectedPresence(LocalTime.of(9, 0), LocalTime.of(18, 0))
 *     .windows(1.6, 0.2, 1)
 *     .masks("FFP2")
 *     .seed(42)
 *     .build();
 * }</pre>
 */
public final class VirusRequest {
  private final ObjectNode body;

  private VirusRequest(ObjectNode body) {
    this.body = body;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The request as the API's JSON body ({@code POST /virus/report}). */
  public ObjectNode toJson() {
    return body.deepCopy();
  }

  ObjectNode body() {
    return body;
  }

  @Override
  public String toString() {
    return body.toString();
  }

  /** Builds a {@link VirusRequest}; not thread-safe. */
  public static final class Builder {
    private final RequestBody body = new RequestBody("POST /virus/report", VirusFields.ALL);
    private final Map<String, List<Map<String, Object>>> interactions = new LinkedHashMap<>();

    private Builder() {
      // the API's identification keys are required there; a library caller may leave them
      body.put("calculator_version", "caimira-java-library").put("simulation_name", "Simulation")
          .put("room_number", "Room").put("inside_temp", 293.0).put("volume_type", "room_volume_explicit");
    }

    /** Any key of the API's body, with the value it would have in the JSON (see docs/api-inputs.md). */
    public Builder set(String key, Object value) {
      body.put(key, value);
      return this;
    }

    public Builder simulationName(String name) {
      return set("simulation_name", name);
    }

    public Builder roomNumber(String number) {
      return set("room_number", number);
    }

    /** Where the room is: the weather (outside temperatures) of natural ventilation depends on it. */
    public Builder location(String name, double latitude, double longitude) {
      return set("location_name", name).set("location_latitude", latitude).set("location_longitude", longitude);
    }

    public Builder eventMonth(Month month) {
      return set("event_month", month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }

    /** The room's volume [m³]. */
    public Builder roomVolume(double cubicMetres) {
      return set("volume_type", "room_volume_explicit").set("room_volume", cubicMetres);
    }

    /** The room's volume from its floor area [m²] and ceiling height [m]. */
    public Builder roomDimensions(double floorArea, double ceilingHeight) {
      return set("volume_type", "room_volume_from_dimensions").set("floor_area", floorArea)
          .set("ceiling_height", ceilingHeight);
    }

    /** A heated room (a drier air: humidity 0.3 instead of 0.5). */
    public Builder heated(boolean heated) {
      return set("room_heating_option", heated);
    }

    /** Everyone in the room, and how many of them are infected (a single group). */
    public Builder people(int total, int infected) {
      return set("total_people", total).set("infected_people", infected);
    }

    public Builder activity(ActivityType activity) {
      return set("activity_type", activity.key());
    }

    public Builder exposedPresence(LocalTime start, LocalTime finish) {
      return set("exposed_start", RequestBody.hhmm(start)).set("exposed_finish", RequestBody.hhmm(finish));
    }

    public Builder infectedPresence(LocalTime start, LocalTime finish) {
      return set("infected_start", RequestBody.hhmm(start)).set("infected_finish", RequestBody.hhmm(finish));
    }

    /** The lunch break of everyone (the infected take the exposed's breaks unless told otherwise). */
    public Builder lunch(LocalTime start, LocalTime finish) {
      return set("exposed_lunch_option", true).set("exposed_lunch_start", RequestBody.hhmm(start))
          .set("exposed_lunch_finish", RequestBody.hhmm(finish));
    }

    public Builder noLunch() {
      return set("exposed_lunch_option", false).set("infected_lunch_option", false);
    }

    public Builder noVentilation() {
      return set("ventilation_type", "no_ventilation");
    }

    /**
     * Natural ventilation through sliding or side-hung windows open all day: window height [m], opening
     * distance [m], number of windows.
     */
    public Builder windows(double height, double openingDistance, int number) {
      return set("ventilation_type", "natural_ventilation").set("window_type", "window_sliding")
          .set("window_height", height).set("opening_distance", openingDistance).set("windows_number", number);
    }

    /** Natural ventilation through top- or bottom-hung windows: height, width, opening distance [m], number. */
    public Builder hingedWindows(double height, double width, double openingDistance, int number) {
      return set("ventilation_type", "natural_ventilation").set("window_type", "window_hinged")
          .set("window_height", height).set("window_width", width).set("opening_distance", openingDistance)
          .set("windows_number", number);
    }

    /** The windows are opened for {@code minutesOpen} every {@code periodMinutes} instead of all day. */
    public Builder windowsOpenPeriodically(double periodMinutes, double minutesOpen) {
      return set("window_opening_regime", "windows_open_periodically").set("windows_frequency", periodMinutes)
          .set("windows_duration", minutesOpen);
    }

    /** Mechanical ventilation of the given air changes per hour [h⁻¹]. */
    public Builder mechanicalAirChanges(double perHour) {
      return set("ventilation_type", "mechanical_ventilation")
          .set("mechanical_ventilation_type", "mech_type_air_changes").set("air_changes", perHour);
    }

    /** Mechanical ventilation of the given supply flow [m³/h]. */
    public Builder mechanicalAirSupply(double cubicMetresPerHour) {
      return set("ventilation_type", "mechanical_ventilation")
          .set("mechanical_ventilation_type", "mech_type_air_supply").set("air_supply", cubicMetresPerHour);
    }

    /** A HEPA filter running all day, of the given flow rate [m³/h]. */
    public Builder hepaFilter(double cubicMetresPerHour) {
      return set("hepa_option", true).set("hepa_amount", cubicMetresPerHour);
    }

    /** Everyone wears a mask: "Type I", "FFP2" or "Cloth". */
    public Builder masks(String type) {
      return set("mask_wearing_option", "mask_on").set("mask_type", type);
    }

    /** The virus variant ("SARS_CoV_2", "SARS_CoV_2_ALPHA", …; see docs/api-inputs.md). */
    public Builder virus(String variant) {
      return set("virus_type", variant);
    }

    /**
     * A short-range interaction of the exposed with an infected person: expiration ("Breathing", "Speaking",
     * "Singing", "Shouting"), start, duration [min]. {@code occupants} exposed people have them.
     */
    public Builder shortRangeInteraction(String expiration, LocalTime start, double minutes) {
      Map<String, Object> interaction = new LinkedHashMap<>();
      interaction.put("expiration", expiration);
      interaction.put("start_time", RequestBody.hhmm(start));
      interaction.put("duration", minutes);
      interactions.computeIfAbsent("group_1", k -> new ArrayList<>()).add(interaction);
      return set("short_range_option", "short_range_yes");
    }

    public Builder shortRangeOccupants(int occupants) {
      return set("short_range_occupants", occupants);
    }

    /** Also the probability of infection as a function of the infected's viral load. */
    public Builder conditionalProbability(boolean wanted) {
      return set("conditional_probability_viral_loads", wanted);
    }

    /**
     * The probability that an infected person is present, from the local incidence: inhabitants, new reported
     * cases a day, and the ratio of true to reported cases ("confidence_low" 10, "confidence_medium" 5,
     * "confidence_high" 2).
     */
    public Builder localIncidence(long population, long casesPerDay, String ascertainmentBias) {
      return set("exposure_option", "p_probabilistic_exposure").set("geographic_population", population)
          .set("geographic_cases", casesPerDay).set("ascertainment_bias", ascertainmentBias);
    }

    /** The seed of the Monte-Carlo draws: the same request and seed give the same numbers. */
    public Builder seed(long seed) {
      return set("seed", seed);
    }

    public VirusRequest build() {
      if (!interactions.isEmpty()) {
        body.put("short_range_interactions", interactions);
      }
      return new VirusRequest(body.snapshot());
    }
  }
}
