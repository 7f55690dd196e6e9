package io.caimira.model.population;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Virus;

/** A source with a known emission rate per person [virions/h] (aerosol volume taken as 1); for tests. */
public record EmittingPopulation(
    Headcount headcount, Activity activity, Mask mask, Virus virus, Samples knownEmissionRate)
    implements VirusSource {

  @Override
  public Samples particleDiameter() {
    return null;
  }

  @Override
  public Samples aerosols() {
    return Samples.constant(1.0);
  }

  @Override
  public Samples emissionRatePerAerosolPerPerson() {
    return knownEmissionRate;
  }

  @Override
  public EmittingPopulation withHeadcount(Headcount other) {
    return new EmittingPopulation(other, activity, mask, virus, knownEmissionRate);
  }
}
