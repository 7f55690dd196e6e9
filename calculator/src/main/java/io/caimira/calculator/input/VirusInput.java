package io.caimira.calculator.input;

import io.caimira.model.aerosol.MaskType;
import io.caimira.model.virus.Variant;

/**
 * A validated {@code POST /virus/report} body ({@link VirusInputParser#parse}).
 *
 * @param precise the precise activity when {@code activity_type} is precise, else null
 * @param mask the mask everyone wears, or {@link MaskType#NO_MASK}
 * @param seed the Monte-Carlo seed requested, or null
 */
public record VirusInput(
    Metadata metadata,
    RoomInput room,
    VentilationInput ventilation,
    PopulationInput population,
    ActivityType activityType,
    PreciseActivity precise,
    MaskType mask,
    Variant virus,
    VaccinationInput vaccination,
    LocationInput location,
    ShortRangeInput shortRange,
    IncidenceInput incidence,
    boolean conditionalProbability,
    Long seed) {}
