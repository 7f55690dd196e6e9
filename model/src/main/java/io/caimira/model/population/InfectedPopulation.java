package io.caimira.model.population;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Virus;

/**
 * Infected people: they emit virus-laden particles according to their viral load, breathing and expiration.
 *
 * @param hostImmunity immunity of the infected (reduces the infectious fraction; 0 in the calculator)
 */
public record InfectedPopulation(
    Headcount headcount, Activity activity, Mask mask, Virus virus, Expiration expiration, Samples hostImmunity)
    implements VirusSource {

  /** Share of emitted RNA copies that are infectious virus: viable-to-RNA ratio × (1 − host immunity). */
  public Samples fractionOfInfectiousVirus() {
    return virus.viableToRnaRatio().times(hostImmunity.map(h -> 1 - h));
  }

  @Override
  public Samples particleDiameter() {
    return expiration.diameter();
  }

  @Override
  public Samples aerosols() {
    return expiration.aerosols(mask);
  }

  /** viral load × exhalation rate × infectious fraction × 10⁶ (mL→cm³ unit conversion). */
  @Override
  public Samples emissionRatePerAerosolPerPerson() {
    return virus.viralLoadInSputum().times(activity.exhalationRate()).times(fractionOfInfectiousVirus()).times(1e6);
  }

  @Override
  public InfectedPopulation withHeadcount(Headcount other) {
    return new InfectedPopulation(other, activity, mask, virus, expiration, hostImmunity);
  }
}
