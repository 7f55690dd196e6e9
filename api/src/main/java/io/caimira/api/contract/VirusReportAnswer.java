package io.caimira.api.contract;

import io.caimira.calculator.report.VirusReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a successful virus report: upstream's envelope around {@link VirusReport}. */
@Schema(name = "VirusReportAnswer", description = "Successful virus report")
public record VirusReportAnswer(
    @Schema(examples = "success", required = true) String status,
    @Schema(examples = "Results generated successfully", required = true) String message,
    @Schema(required = true) VirusReport results) {}
