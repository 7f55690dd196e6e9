package io.caimira.model.population;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Virus;

/** Infected people emitting virus into the room. */
public sealed interface VirusSource extends Occupants permits InfectedPopulation, EmittingPopulation {

  Virus virus();

  Mask mask();

  /** Diameter [µm] of the emitted particles (per sample), or null for the default particle. */
  Samples particleDiameter();

  /** Exhaled aerosol volume per exhaled air volume [mL/cm³] after the mask. */
  Samples aerosols();

  /**
   * The diameter-independent part of the emission rate [(virions·cm³)/(mL·h)] of one person when present.
   */
  Samples emissionRatePerAerosolPerPerson();

  /** Emission rate of one person when present [virions/h] = per-aerosol rate × aerosol volume. */
  default Samples emissionRatePerPerson() {
    return emissionRatePerAerosolPerPerson().times(aerosols());
  }

  /** Emission rate of the whole group at t [virions/h]; 0 when nobody is present. */
  default Samples emissionRate(double t) {
    int people = peoplePresent(t);
    if (people == 0) {
      return Samples.constant(0.0);
    }
    return emissionRatePerPerson().times(people);
  }

  /** This source with another headcount (same samples). */
  VirusSource withHeadcount(Headcount headcount);
}
