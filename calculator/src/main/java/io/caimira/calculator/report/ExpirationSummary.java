package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.aerosol.Expiration;

/**
 * An expiration: its name when it is a single predefined type (null for a blended mix), its total particle
 * concentration cn [cm⁻³] (which identifies the BLO blend) and the particle diameter at emission [µm].
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "cn", "diameter"})
public record ExpirationSummary(
    @JsonProperty("name") String name,
    @JsonProperty("cn") @JsonSerialize(using = FiniteSerializer.class) double cn,
    @JsonProperty("diameter") SampleStats diameter) {

  public static ExpirationSummary of(Expiration e) {
    return e == null ? null : new ExpirationSummary(e.name(), e.cn(), SampleStats.of(e.diameter()));
  }
}
