package io.caimira.model.virus;

import io.caimira.model.sample.Samples;

/**
 * SARS-CoV-2 (or a variant) as the model sees it.
 *
 * @param viralLoadInSputum RNA copies per mL of respiratory fluid
 * @param infectiousDose ID50 [RNA copies]: dose that infects half of those exposed
 * @param viableToRnaRatio fraction of RNA copies that are viable virus
 * @param transmissibilityFactor variant factor dividing the infectious dose (1 for the wild type)
 * @param infectiousnessDays days an infected person is contagious (used with incidence data)
 */
public record Virus(
    Samples viralLoadInSputum,
    Samples infectiousDose,
    Samples viableToRnaRatio,
    double transmissibilityFactor,
    int infectiousnessDays) {

  public static final int DEFAULT_INFECTIOUSNESS_DAYS = 14;

  /** Upper bound of the half-life [h], also used when the fitted decay rate is not positive. */
  public static final double MAX_HALFLIFE_HOURS = 6.43;

  /** A virus with fixed parameters (used by tests and the expert tools). */
  public static Virus fixed(double viralLoad, double infectiousDose, double viableToRna, double transmissibility) {
    return new Virus(Samples.constant(viralLoad), Samples.constant(infectiousDose), Samples.constant(viableToRna),
        transmissibility, DEFAULT_INFECTIOUSNESS_DAYS);
  }

  /**
   * Half-life [h] of the viable virus in aerosols at relative humidity {@code humidity} (0..1) and air
   * temperature {@code temperature} [K]. Linear decay-rate fit of Dabisch et al. (2021), with the correction of
   * Henriques et al. (CERN-OPEN-2021-004), capped at 6.43 h.
   */
  public static double halflife(double humidity, double temperature) {
    double celsius = temperature - 273.15;
    double rhPercent = humidity * 100;
    double tTerm = (celsius - 20.615) / 10.585;
    double rhTerm = (rhPercent - 45.235) / 28.665;
    double perMinute = 0.16030 + 0.04018 * tTerm + 0.02176 * rhTerm - 0.14369 - 0.02636 * tTerm;
    double hours = (Math.log(2) / perMinute) / 60;
    return hours <= 0 ? MAX_HALFLIFE_HOURS : Math.min(MAX_HALFLIFE_HOURS, hours);
  }

  /** Biological decay constant ln2 / half-life [h⁻¹]. */
  public Samples decayConstant(Samples humidity, double temperature) {
    if (humidity.isConstant()) {
      return Samples.constant(Math.log(2) / halflife(humidity.scalar(), temperature));
    }
    return humidity.map(rh -> Math.log(2) / halflife(rh, temperature));
  }
}
