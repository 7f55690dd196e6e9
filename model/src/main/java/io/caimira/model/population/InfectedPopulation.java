package io.caimira.model.population;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Virus;
import io.caimira.model.work.ParallelBlocks;

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
    Samples viralLoad = virus.viralLoadInSputum();
    Samples exhalation = activity.exhalationRate();
    Samples viable = virus.viableToRnaRatio();
    int n = Samples.broadcastSize(viralLoad, exhalation, viable, hostImmunity);
    if (n == 1) {
      return Samples.constant(viralLoad.get(0) * exhalation.get(0) * (viable.get(0) * (1 - hostImmunity.get(0))) * 1e6);
    }
    // formed once for the draws a report and its alternative scenarios share
    return viralLoad.derived(new EmissionKey(exhalation.key(), viable.key(), hostImmunity.key()),
        () -> emission(viralLoad, exhalation, viable, n));
  }

  /** {@link Samples#derived} key of the emission per aerosol of a viral-load array. */
  private record EmissionKey(Object exhalation, Object viableToRnaRatio, Object hostImmunity) {}

  private Samples emission(Samples viralLoad, Samples exhalation, Samples viable, int n) {
    // one pass instead of five arrays, with the operations of the formula in its order (the same numbers)
    double[] out = new double[n];
    Samples.Reader load = viralLoad.reader();
    Samples.Reader exhaled = exhalation.reader();
    Samples.Reader fraction = viable.reader();
    Samples.Reader immunity = hostImmunity.reader();
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = load.get(i) * exhaled.get(i) * (fraction.get(i) * (1 - immunity.get(i))) * 1e6;
      }
    });
    return Samples.adopt(out);
  }

  @Override
  public InfectedPopulation withHeadcount(Headcount other) {
    return new InfectedPopulation(other, activity, mask, virus, expiration, hostImmunity);
  }
}
