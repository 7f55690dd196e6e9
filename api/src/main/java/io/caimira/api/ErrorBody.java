package io.caimira.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of every non-400 error; {@code error_id} only on 500, to find the logged stack trace. */
@Schema(name = "Error", description = "Any other error (404, 405, 413, 415, 500, 503, 504)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(
    String message,
    @JsonProperty("error_id") @Schema(nullable = true) String errorId) {

  public ErrorBody(String message) {
    this(message, null);
  }
}
