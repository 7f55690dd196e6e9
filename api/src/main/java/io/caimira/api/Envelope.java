package io.caimira.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Upstream's success envelope: {@code {"status":"success","message":"Results generated successfully","results":…}}. */
@Schema(name = "Envelope", description = "Successful answer")
public record Envelope(
    @Schema(examples = "success") String status,
    @Schema(examples = "Results generated successfully") String message,
    @Schema(description = "The route's results object (see docs/api.md)") Object results) {

  public static Envelope success(Object results) {
    return new Envelope("success", "Results generated successfully", results);
  }
}
