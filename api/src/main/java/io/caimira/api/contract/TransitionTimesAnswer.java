package io.caimira.api.contract;

import io.caimira.calculator.co2.TransitionTimes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a successful answer of {@code /co2/transition_times}. */
@Schema(name = "TransitionTimesAnswer", description = "Suggested ventilation transition times")
public record TransitionTimesAnswer(
    @Schema(examples = "success", required = true) String status,
    @Schema(examples = "Results generated successfully", required = true) String message,
    @Schema(required = true) TransitionTimes results) {}
