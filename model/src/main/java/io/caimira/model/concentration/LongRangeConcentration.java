package io.caimira.model.concentration;

import io.caimira.model.population.VirusSource;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Span;
import io.caimira.model.virus.Virus;
import java.util.List;

/**
 * What an exposure model needs from the long-range virus concentration of one infected population: the room, the
 * infected and their virus, the concentration curve and its exact integral. {@link VirusConcentrationModel} is the
 * production implementation; tests may supply a known concentration instead.
 */
public interface LongRangeConcentration {

  Room room();

  /** The infected people filling the room. */
  VirusSource infected();

  default Virus virus() {
    return infected().virus();
  }

  /** The infected's {@link VirusSource#aerosols()}; an implementation may keep it once computed. */
  default Samples aerosols() {
    return infected().aerosols();
  }

  /**
   * The infected's {@link VirusSource#emissionRatePerAerosolPerPerson()}; an implementation may keep it once
   * computed.
   */
  default Samples emissionRatePerAerosolPerPerson() {
    return infected().emissionRatePerAerosolPerPerson();
  }

  /** Evaporation factor applied to the emitted diameter for deposition (1 = none). */
  double evaporationFactor();

  /** Times at which the concentration's parameters may change, sorted. */
  double[] stateChangeTimes();

  /** Removal by decay and air exchange only (no settling) at t [h⁻¹]. */
  Samples timeDependentRemoval(double t);

  /** Concentration at t [virions/m³]. */
  Samples concentration(double t);

  /** Exact integral over [start, stop] (hours) of the concentration divided by one person's emission rate. */
  Samples normedIntegratedConcentration(double start, double stop);

  /**
   * Exact integral of the normed concentration over disjoint spans in increasing order; by default the sum of the
   * integrals over each span.
   */
  default Samples normedIntegratedConcentration(List<Span> spans) {
    Samples total = Samples.constant(0.0);
    for (Span span : spans) {
      total = total.plus(normedIntegratedConcentration(span.start(), span.end()));
    }
    return total;
  }

  /** The same concentration model with other infected people (same samples). */
  LongRangeConcentration withInfected(VirusSource other);
}
