package io.caimira.api.contract;

import io.caimira.calculator.co2.Co2FitResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a successful answer of {@code /co2/report}. */
@Schema(name = "Co2FitAnswer", description = "Ventilation fitted to CO₂ data")
public record Co2FitAnswer(
    @Schema(examples = "success", required = true) String status,
    @Schema(examples = "Results generated successfully", required = true) String message,
    @Schema(required = true) Co2FitResult results) {}
