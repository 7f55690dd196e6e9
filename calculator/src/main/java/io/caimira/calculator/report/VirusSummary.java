package io.caimira.calculator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.caimira.model.virus.Variant;
import io.caimira.model.virus.Virus;

/**
 * The virus: the variant whose transmissibility factor it has (null when none matches), and its parameters.
 *
 * @param viralLoadInSputum RNA copies/mL
 * @param infectiousDose ID50 [RNA copies]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"variant", "transmissibility_factor", "infectiousness_days", "viral_load_in_sputum",
    "infectious_dose", "viable_to_rna_ratio"})
public record VirusSummary(
    @JsonProperty("variant") String variant,
    @JsonProperty("transmissibility_factor") @JsonSerialize(using = FiniteSerializer.class)
        double transmissibilityFactor,
    @JsonProperty("infectiousness_days") int infectiousnessDays,
    @JsonProperty("viral_load_in_sputum") SampleStats viralLoadInSputum,
    @JsonProperty("infectious_dose") SampleStats infectiousDose,
    @JsonProperty("viable_to_rna_ratio") SampleStats viableToRnaRatio) {

  public static VirusSummary of(Virus v) {
    String variant = null;
    for (Variant candidate : Variant.values()) {
      if (candidate.transmissibilityFactor() == v.transmissibilityFactor()) {
        variant = candidate.name();
      }
    }
    return new VirusSummary(variant, v.transmissibilityFactor(), v.infectiousnessDays(),
        SampleStats.of(v.viralLoadInSputum()), SampleStats.of(v.infectiousDose()),
        SampleStats.of(v.viableToRnaRatio()));
  }
}
