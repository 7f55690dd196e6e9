package io.caimira.calculator.co2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Answer of {@code POST /co2/report} (api.md §7.3).
 *
 * @param exhalationRate fitted exhalation rate of one person [m³/h]
 * @param ventilationValues fitted air changes per ventilation interval [h⁻¹]
 * @param roomCapacity the room capacity given, or null
 * @param ventilationLsValues the same as flows [L/s]
 * @param ventilationLspValues flows per person of the capacity [L/s/person], null without a capacity
 * @param predictiveCo2 the fitted model at every input time [ppm]
 */
@JsonPropertyOrder({"exhalation_rate", "ventilation_values", "room_capacity", "ventilation_ls_values",
    "ventilation_lsp_values", "predictive_CO2"})
public record Co2FitResult(
    @JsonProperty("exhalation_rate") double exhalationRate,
    @JsonProperty("ventilation_values") List<Double> ventilationValues,
    @JsonProperty("room_capacity") @JsonInclude(JsonInclude.Include.ALWAYS) Integer roomCapacity,
    @JsonProperty("ventilation_ls_values") List<Double> ventilationLsValues,
    @JsonProperty("ventilation_lsp_values") @JsonInclude(JsonInclude.Include.ALWAYS) List<Double> ventilationLspValues,
    @JsonProperty("predictive_CO2") List<Double> predictiveCo2) {}
