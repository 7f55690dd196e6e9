package io.caimira.model.exposure;

import io.caimira.model.aerosol.Particle;
import io.caimira.model.concentration.ConcentrationModel;
import io.caimira.model.concentration.LongRangeConcentration;
import io.caimira.model.population.Cases;
import io.caimira.model.population.ExposedPopulation;
import io.caimira.model.population.Headcount;
import io.caimira.model.population.VirusSource;
import io.caimira.model.room.Room;
import io.caimira.model.sample.Samples;
import io.caimira.model.shortrange.ShortRangeModel;
import io.caimira.model.time.Span;
import io.caimira.model.virus.Virus;
import io.caimira.model.work.ParallelBlocks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The exposure of one group of people: the dose they inhale and deposit from the long-range concentration of
 * every infected population (one concentration model each) and from short-range interactions, and the
 * resulting probability of infection.
 *
 * @param exposedToShortRange how many of the exposed take part in the short-range interactions
 * @param identifier the group's name
 */
public record ExposureModel(
    List<? extends LongRangeConcentration> concentrationModels,
    List<ShortRangeModel> shortRange,
    ExposedPopulation exposed,
    Cases geographicalData,
    int exposedToShortRange,
    String identifier) {

  public static final String DEFAULT_IDENTIFIER = "group_1";

  public ExposureModel {
    concentrationModels = List.copyOf(concentrationModels);
    shortRange = List.copyOf(shortRange);
    if (concentrationModels.isEmpty()) {
      throw new IllegalArgumentException("An exposure model needs at least one concentration model");
    }
    if (concentrationModels.size() > 1 && !shortRange.isEmpty()) {
      throw new UnsupportedOperationException(
          "Short range interactions with multiple infected populations not yet implemented.");
    }
    Virus virus = concentrationModels.get(0).virus();
    Room room = concentrationModels.get(0).room();
    for (LongRangeConcentration c : concentrationModels) {
      if (!c.virus().equals(virus)) {
        throw new IllegalArgumentException("All infected must be infected with the same virus.");
      }
      if (!c.room().equals(room)) {
        throw new IllegalArgumentException("All concentration models must describe the same room.");
      }
      checkScalarRemovalWithDiameterArray(c);
    }
  }

  public ExposureModel(List<? extends LongRangeConcentration> concentrationModels, List<ShortRangeModel> shortRange,
      ExposedPopulation exposed, Cases geographicalData) {
    this(concentrationModels, shortRange, exposed, geographicalData, 0, DEFAULT_IDENTIFIER);
  }

  private static void checkScalarRemovalWithDiameterArray(LongRangeConcentration c) {
    Samples diameter = c.infected().particleDiameter();
    if (diameter == null || diameter.isConstant()) {
      return;
    }
    for (double t : c.stateChangeTimes()) {
      if (!c.timeDependentRemoval(t).isConstant()) {
        throw new IllegalArgumentException("If the diameter is an array, none of the ventilation parameters "
            + "or virus decay constant can be arrays at the same time.");
      }
    }
  }

  public Virus virus() {
    return concentrationModels.get(0).virus();
  }

  public Room room() {
    return concentrationModels.get(0).room();
  }

  /** Every presence change of the exposed and of the infected, sorted. */
  public double[] populationStateChangeTimes() {
    TreeSet<Double> set = new TreeSet<>();
    for (double t : exposed.presenceInterval().transitionTimes()) {
      set.add(t);
    }
    for (LongRangeConcentration c : concentrationModels) {
      for (double t : c.infected().presenceInterval().transitionTimes()) {
        set.add(t);
      }
    }
    return set.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Long-range concentration at t, averaged over the samples, summed over the infected populations. */
  public double longRangeConcentration(double t) {
    double sum = 0;
    for (LongRangeConcentration c : concentrationModels) {
      sum += c.concentration(t).mean();
    }
    return sum;
  }

  /**
   * Concentration the exposed breathe at t: long range, plus during each short-range interaction (closed
   * interval) the diluted jet minus the diluted long-range concentration it displaces.
   */
  public double concentration(double t) {
    double total = longRangeConcentration(t);
    for (ShortRangeModel sr : shortRange) {
      if (sr.presence().start() <= t && t <= sr.presence().end()) {
        Samples inverseDilution = sr.inverseDilutionFactor();
        total += sr.dilutedJetConcentration().mean();
        for (LongRangeConcentration c : concentrationModels) {
          total -= c.concentration(t).times(inverseDilution).mean();
        }
      }
    }
    return total;
  }

  /** The parts of the exposed presence inside [t1, t2], in increasing order (empty parts left out). */
  private List<Span> exposedPieces(double t1, double t2) {
    List<Span> pieces = new ArrayList<>();
    for (Span span : exposed.presenceInterval().boundaries()) {
      double from = Math.max(span.start(), t1);
      double to = Math.min(span.end(), t2);
      if (from < to) {
        pieces.add(new Span(from, to));
      }
    }
    pieces.sort(Comparator.comparingDouble(Span::start));
    return pieces;
  }

  /**
   * Long-range deposited dose over [t1, t2] [infectious virions]: for each infected population, the exposure
   * × aerosol volume × deposition fraction — averaged over the samples when the diameter is sampled (Monte-Carlo
   * integration over the diameter) — × per-aerosol emission × inhalation rate × (1 − mask inward efficiency).
   */
  public Samples longRangeDepositedExposureBetweenBounds(double t1, double t2) {
    return longRangeDose(exposedPieces(t1, t2));
  }

  /** Long-range deposited dose accumulated while breathing during {@code pieces} (disjoint, sorted). */
  private Samples longRangeDose(List<Span> pieces) {
    Samples dose = Samples.constant(0.0);
    if (pieces.isEmpty()) {
      return dose;
    }
    for (LongRangeConcentration c : concentrationModels) {
      VirusSource infected = c.infected();
      Samples diameter = infected.particleDiameter();
      Samples fdep = Particle.depositionFraction(diameter, c.evaporationFactor());
      Samples perDiameter = c.aerosols().times(fdep);
      Samples integrated;
      if (diameter != null && !diameter.isConstant()) {
        integrated = Samples.constant(meanWeightedExposure(c, pieces, perDiameter));
      } else {
        integrated = c.normedIntegratedConcentration(pieces).times(perDiameter);
      }
      dose = dose.plus(integrated.times(c.emissionRatePerAerosolPerPerson())
          .times(exposed.activity().inhalationRate())
          .times(exposed.mask().inhaleEfficiency().map(eta -> 1 - eta)));
    }
    return dose;
  }

  /**
   * The Monte-Carlo mean over the samples of weight × normed exposure over {@code pieces}; in one walk per sample
   * for a concentration model that supports it.
   */
  private static double meanWeightedExposure(LongRangeConcentration c, List<Span> pieces, Samples weight) {
    if (c instanceof ConcentrationModel walkable) {
      double[] bounds = {pieces.get(0).start(), pieces.get(pieces.size() - 1).end()};
      if (bounds[1] > bounds[0]) {
        return walkable.means(bounds, pieces, new Samples[0], new Samples[] {weight}).cumulativeIntegrals()[0][1];
      }
    }
    return c.normedIntegratedConcentration(pieces).times(weight).mean();
  }

  /**
   * Total deposited dose over [t1, t2]: long range, plus for each short-range interaction overlapping [t1, t2]
   * the jet dose minus the long-range dose it replaces, both over the overlap only (a decided deviation: upstream
   * subtracts the long-range term over the whole of [t1, t2] for every interaction, overlapping or not).
   */
  public Samples depositedExposureBetweenBounds(double t1, double t2) {
    Samples dose = longRangeDepositedExposureBetweenBounds(t1, t2);
    for (ShortRangeModel sr : shortRange) {
      Span overlap = sr.extractBetweenBounds(t1, t2);
      if (overlap.duration() <= 0) {
        continue;
      }
      dose = dose.plus(shortRangeDose(sr, overlap));
      dose = dose.minus(longRangeDepositedExposureBetweenBounds(overlap.start(), overlap.end())
          .times(sr.inverseDilutionFactor()));
    }
    return dose;
  }

  /** Dose from breathing the diluted jet of one interaction over {@code overlap}. */
  private Samples shortRangeDose(ShortRangeModel sr, Span overlap) {
    return shortRangeDosePerHour(sr).times(overlap.duration());
  }

  /**
   * Dose per hour of breathing the diluted jet of one interaction: ⟨aerosol volume (no mask) · 10⁶ · deposition
   * (no evaporation)⟩ over the diameter samples · inhalation rate / dilution · viral load · f_inf · (1 − η_in).
   */
  Samples shortRangeDosePerHour(ShortRangeModel sr) {
    Samples diameter = sr.expiration().diameter();
    Samples deposited = sr.normedJetOriginConcentration().times(1e6)
        .times(Particle.depositionFraction(diameter, 1.0));
    Samples jet = diameter.isConstant() ? deposited : Samples.constant(deposited.mean());
    Samples emission = concentrationModels.get(0).emissionRatePerAerosolPerPerson();
    Samples exhalation = concentrationModels.get(0).infected().activity().exhalationRate();
    Samples inhalation = sr.activity().inhalationRate();
    Samples inverseDilution = sr.inverseDilutionFactor();
    Samples eta = exposed.mask().inhaleEfficiency();
    int n = Samples.broadcastSize(jet, emission, exhalation, inhalation, inverseDilution, eta);
    double[] out = new double[n];
    Samples.Reader jets = jet.reader();
    Samples.Reader emitted = emission.reader();
    Samples.Reader exhaled = exhalation.reader();
    Samples.Reader inhaled = inhalation.reader();
    Samples.Reader reaching = inverseDilution.reader();
    Samples.Reader etas = eta.reader();
    // one pass, in the order of the operations of the formula above (the same numbers as one array per factor)
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        double perAerosol = emitted.get(i) / (exhaled.get(i) * 1e6);
        out[i] = jets.get(i) * inhaled.get(i) * reaching.get(i) * perAerosol * (1 - etas.get(i));
      }
    });
    return Samples.adopt(out);
  }

  /** The exposed presence spans, sorted. */
  List<Span> exposedSpans() {
    return exposedPieces(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * Mean concentration and mean cumulative dose on a time grid, computed in one walk per sample: what a report
   * plots. See {@link ExposureCurves}.
   */
  public ExposureCurves curves(double[] times) {
    return ExposureCurves.of(this, times);
  }


  /**
   * Dose over the whole day. Upstream sums the doses of the intervals between consecutive population changes;
   * every term is additive over adjacent intervals, so this computes the same sum directly: the long-range dose
   * over the exposed presence, plus each interaction's short-range terms over its overlap with the day.
   */
  public Samples depositedExposure(boolean withShortRange) {
    double[] times = populationStateChangeTimes();
    if (times.length < 2) {
      return Samples.constant(0.0);
    }
    double first = times[0];
    double last = times[times.length - 1];
    Samples total = longRangeDose(exposedPieces(first, last));
    if (withShortRange) {
      for (ShortRangeModel sr : shortRange) {
        Span overlap = sr.extractBetweenBounds(first, last);
        if (overlap.duration() > 0) {
          total = total.plus(shortRangeDose(sr, overlap)).minus(
              longRangeDepositedExposureBetweenBounds(overlap.start(), overlap.end())
                  .times(sr.inverseDilutionFactor()));
        }
      }
    }
    return total;
  }

  /** Probability of infection [%] per sample. */
  public Samples infectionProbability(boolean withShortRange) {
    return InfectionProbability.fromDose(depositedExposure(withShortRange), exposed.hostImmunity(), virus());
  }

  public Samples infectionProbability() {
    return infectionProbability(true);
  }

  /**
   * Expected number of new cases: long-range probability for those not in short-range interactions, total
   * probability for those who are.
   */
  public Samples expectedNewCases() {
    int number = exposed.number();
    Samples longRange = infectionProbability(false).times((number - exposedToShortRange) / 100.0);
    if (exposedToShortRange == 0) {
      return longRange;
    }
    return longRange.plus(infectionProbability(true).times(exposedToShortRange / 100.0));
  }

  /** Expected new cases caused by a single infected person present as the infected are. */
  public Samples reproductionNumber() {
    if (concentrationModels.size() > 1) {
      throw new UnsupportedOperationException(
          "yet to implement dynamic infected for the reproduction number");
    }
    VirusSource infected = concentrationModels.get(0).infected();
    if (infected.headcount() instanceof Headcount.Fixed f && f.number() == 1) {
      return expectedNewCases();
    }
    return withInfectedHeadcount(Headcount.fixed(1, infected.presenceInterval())).expectedNewCases();
  }

  /** This model with the (single) infected population's headcount replaced. */
  ExposureModel withInfectedHeadcount(Headcount headcount) {
    LongRangeConcentration c = concentrationModels.get(0);
    return new ExposureModel(List.of(c.withInfected(c.infected().withHeadcount(headcount))), shortRange, exposed,
        geographicalData, exposedToShortRange, identifier);
  }

  /**
   * Probability [%] that at least one person of the event gets infected, summing over the chance that k of its
   * people are infectious given the local incidence (k = 1 … min(people, 10)); 0 without incidence data.
   */
  public double totalProbabilityRule() {
    return TotalProbability.of(this);
  }

  /**
   * As {@link #totalProbabilityRule()}, given this model's whole-day deposited dose with short range (as
   * {@link ExposureCurves#depositedExposure()} gives it), which saves computing it again; null computes it.
   */
  public double totalProbabilityRule(Samples wholeDayDose) {
    return TotalProbability.of(this, wholeDayDose);
  }
}
