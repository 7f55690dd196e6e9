package io.caimira.api;

/**
 * Upstream's success envelope: {@code {"status":"success","message":"Results generated successfully","results":…}}.
 * The OpenAPI document describes it per route (io.caimira.api.contract).
 */
public record Envelope(String status, String message, Object results) {

  public static Envelope success(Object results) {
    return new Envelope("success", "Results generated successfully", results);
  }
}
