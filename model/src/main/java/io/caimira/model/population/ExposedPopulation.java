package io.caimira.model.population;

import io.caimira.model.aerosol.Mask;
import io.caimira.model.sample.Samples;

/**
 * The people exposed to the virus: a fixed number present during one interval.
 *
 * @param hostImmunity protection from vaccination or past infection [0..1]
 */
public record ExposedPopulation(Headcount.Fixed headcount, Activity activity, Mask mask, Samples hostImmunity)
    implements Occupants {

  public int number() {
    return headcount.number();
  }
}
