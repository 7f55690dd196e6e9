package io.caimira.model.concentration;

import io.caimira.model.aerosol.Particle;
import io.caimira.model.population.VirusSource;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.ventilation.Ventilation;
import io.caimira.model.virus.Virus;

/**
 * Long-range concentration of infectious virions [virions/m³] in the room.
 *
 * <p>Removal = gravitational settling from 1.5 m (vg·3600/1.5, diameter dependent) + biological decay + air
 * exchange. Normalisation = emission rate of one infected person. No background.
 */
public final class VirusConcentrationModel extends ConcentrationModel implements LongRangeConcentration {
  /** Height from which particles settle [m]. */
  public static final double EMISSION_HEIGHT = 1.5;

  private final VirusSource infected;
  private final double evaporationFactor;
  private final Samples settlingRemoval;
  private volatile Samples normalization;
  private volatile Samples aerosols;
  private volatile Samples emissionPerAerosol;

  public VirusConcentrationModel(Room room, Ventilation ventilation, VirusSource infected, double evaporationFactor) {
    super(room, ventilation);
    this.infected = java.util.Objects.requireNonNull(infected, "infected");
    this.evaporationFactor = evaporationFactor;
    Samples diameter = infected.particleDiameter();
    double perHour = 3600 / EMISSION_HEIGHT;
    // per sampled diameter in one pass (the same numbers as the velocities times the factor)
    this.settlingRemoval = Particle.settlingRate(diameter, evaporationFactor, perHour);
  }

  public VirusConcentrationModel(Room room, Ventilation ventilation, VirusSource infected) {
    this(room, ventilation, infected, Particle.LONG_RANGE_EVAPORATION);
  }

  @Override
  public VirusSource infected() {
    return infected;
  }

  @Override
  public Virus virus() {
    return infected.virus();
  }

  @Override
  public double evaporationFactor() {
    return evaporationFactor;
  }

  /** The same room and ventilation with other infected people. */
  @Override
  public VirusConcentrationModel withInfected(VirusSource other) {
    return new VirusConcentrationModel(room(), ventilation(), other, evaporationFactor);
  }

  @Override
  public VirusSource emitters() {
    return infected;
  }

  /** Settling + biological decay + air exchange at t [h⁻¹]. */
  @Override
  public Samples removalRate(double t) {
    return settlingRemoval.plus(timeDependentRemoval(t));
  }

  /** Gravitational settling from the emission height: v_g·3600/1.5 [h⁻¹], per sampled diameter. */
  @Override
  protected Samples timeIndependentRemoval() {
    return settlingRemoval;
  }

  /** Biological decay + air exchange at t [h⁻¹] (no settling). */
  @Override
  public Samples timeDependentRemoval(double t) {
    return virus().decayConstant(room().humidity(), room().insideTemperature().value(t))
        .plus(ventilation().airExchange(room(), t));
  }

  @Override
  public Samples backgroundConcentration() {
    return Samples.constant(0.0);
  }

  /** The normalisation: the emission rate of one person, per-aerosol rate × aerosol volume (kept once computed). */
  @Override
  public Samples normalizationFactor() {
    Samples k = normalization;
    if (k == null) {
      // its minimum is asked for next (whether the background can stay a zero constant): recorded as it is written;
      // formed once for the factors a report and its alternative scenarios share
      Samples emission = emissionRatePerAerosolPerPerson();
      Samples volume = aerosols();
      k = emission.derived(new NormalisationKey(volume.key()), () -> emission.timesRecording(volume));
      normalization = k;
    }
    return k;
  }

  /** {@link Samples#derived} key of the emission per aerosol times an aerosol volume. */
  private record NormalisationKey(Object aerosols) {}

  /** The infected's aerosol volume per exhaled volume, kept once computed (the report asks for it again). */
  @Override
  public Samples aerosols() {
    Samples a = aerosols;
    if (a == null) {
      a = infected.aerosols();
      aerosols = a;
    }
    return a;
  }

  /** The infected's per-aerosol emission rate, kept once computed (the report asks for it again). */
  @Override
  public Samples emissionRatePerAerosolPerPerson() {
    Samples e = emissionPerAerosol;
    if (e == null) {
      e = infected.emissionRatePerAerosolPerPerson();
      emissionPerAerosol = e;
    }
    return e;
  }

  /**
   * The decay constant depends on the inside temperature: when that changes during the day, its changes are
   * state changes too (upstream only sees them through window ventilation; identical results otherwise).
   */
  @Override
  protected double[] extraStateChangeTimes() {
    if (room().insideTemperature().segmentCount() > 1) {
      return room().insideTemperature().transitionTimes();
    }
    return new double[0];
  }
}
