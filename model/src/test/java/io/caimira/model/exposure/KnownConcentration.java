package io.caimira.model.exposure;

import io.caimira.model.aerosol.ExpirationType;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.population.VirusSource;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.PeriodicInterval;
import io.caimira.model.virus.Variant;
import java.util.function.DoubleFunction;

/**
 * A long-range concentration prescribed as a function of time, for exposure tests that must not depend on the
 * mass-balance solver (the role of upstream's {@code KnownNormedconcentration} in
 * caimira/tests/models/test_exposure_model.py).
 *
 * <p>Upstream's helper sets an enormous removal rate (10⁵⁰ h⁻¹) with state changes only at 0 and 24 h, so its exact
 * integral over [a, b] reduces to limit(b)·(b − a): the integral only sees the "limit" function. The same is done
 * here. Both functions give the concentration of one infected person [virions/m³]; the model scales them with the
 * number of infected, so the total-probability rule (which varies that number) behaves as upstream.
 */
final class KnownConcentration implements LongRangeConcentration {
  /** On for the first hour of every two: (0, 1], (2, 3], … — upstream's {@code halftime}. */
  static final PeriodicInterval HALFTIME = new PeriodicInterval(120, 60);

  private static final double HUGE_REMOVAL = 1e50;

  private final VirusSource infected;
  private final DoubleFunction<Samples> concentration;
  private final DoubleFunction<Samples> limit;
  private final Room room = new Room(50);

  KnownConcentration(VirusSource infected, DoubleFunction<Samples> concentration, DoubleFunction<Samples> limit) {
    this.infected = infected;
    this.concentration = concentration;
    this.limit = limit;
  }

  /** Upstream's dummy infected: one person present half of the time, Type I mask, standing, speaking, Alpha. */
  static InfectedPopulation dummyInfected() {
    return new InfectedPopulation(
        Headcount.fixed(1, HALFTIME),
        PhysicalActivity.STANDING.fixed(),
        Mask.of(0.5),
        Variant.SARS_CoV_2_ALPHA.fixedVirus(),
        ExpirationType.SPEAKING.fixed(),
        Samples.constant(0.0));
  }

  /** A known concentration whose integral follows the concentration itself. */
  static KnownConcentration of(DoubleFunction<Samples> concentration) {
    return new KnownConcentration(dummyInfected(), concentration, concentration);
  }

  /** A constant known concentration. */
  static KnownConcentration constant(double... perSample) {
    Samples value = Samples.of(perSample);
    return of(t -> value);
  }

  private int number(double t) {
    Headcount h = infected.headcount();
    return h instanceof Headcount.Fixed f ? f.number() : h.peoplePresent(t);
  }

  @Override
  public Room room() {
    return room;
  }

  @Override
  public VirusSource infected() {
    return infected;
  }

  @Override
  public double evaporationFactor() {
    return 0.3;
  }

  @Override
  public double[] stateChangeTimes() {
    return new double[] {0.0, 24.0};
  }

  @Override
  public Samples timeDependentRemoval(double t) {
    return Samples.constant(HUGE_REMOVAL);
  }

  @Override
  public Samples concentration(double t) {
    return concentration.apply(t).times(number(t));
  }

  @Override
  public Samples normedIntegratedConcentration(double start, double stop) {
    return limit.apply(stop).times(number(stop) * (stop - start)).dividedBy(infected.emissionRatePerPerson());
  }

  @Override
  public KnownConcentration withInfected(VirusSource other) {
    return new KnownConcentration(other, concentration, limit);
  }
}
