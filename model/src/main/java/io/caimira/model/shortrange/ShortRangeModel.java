package io.caimira.model.shortrange;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.population.Activity;
import io.caimira.model.population.InfectedPopulation;
import io.caimira.model.sample.Samples;
import io.caimira.model.time.Span;
import io.caimira.model.work.ParallelBlocks;
import java.util.List;

/**
 * A face-to-face (short-range) interaction with the infected person: during {@code presence} the exposed person
 * stands at {@code distance} [m] in the exhaled jet, whose concentration is the mouth concentration divided by the
 * dilution factor. Masks are ignored at short range.
 */
public final class ShortRangeModel {
  private final InfectedPopulation infected;
  private final Activity activity;
  private final Expiration expiration;
  private final Span presence;
  private final Samples distance;
  /**
   * The inverse of the dilution factor per sample, computed once on first use (the model is immutable): the
   * formulas divide by the dilution factor, the code multiplies by its inverse (a multiplication costs a fraction of
   * a division, and the same samples are divided several times a report). Other per-sample values are computed when
   * asked and not kept: a report may hold dozens of interactions of 250 000 samples each.
   */
  private volatile Samples inverseDilution;

  /**
   * @param infected the infected population the exposed person faces
   * @param activity the infected person's breathing during the interaction
   * @param expiration the expiration type of the interaction (short-range diameter range, no evaporation)
   * @param presence when the interaction takes place [h]
   * @param distance the distance between the two people, per sample [m]
   */
  public ShortRangeModel(
      InfectedPopulation infected, Activity activity, Expiration expiration, Span presence, Samples distance) {
    this.infected = java.util.Objects.requireNonNull(infected, "infected");
    this.activity = java.util.Objects.requireNonNull(activity, "activity");
    this.expiration = java.util.Objects.requireNonNull(expiration, "expiration");
    this.presence = java.util.Objects.requireNonNull(presence, "presence");
    this.distance = java.util.Objects.requireNonNull(distance, "distance");
    List<Span> infectedSpans = infected.presenceInterval().boundaries();
    if (infectedSpans.isEmpty()
        || presence.start() < infectedSpans.get(0).start()
        || presence.end() > infectedSpans.get(infectedSpans.size() - 1).end()) {
      throw new IllegalArgumentException(
          "The short-range-interaction cannot last longer than the presence of the infected.");
    }
  }

  public InfectedPopulation infected() {
    return infected;
  }

  public Activity activity() {
    return activity;
  }

  public Expiration expiration() {
    return expiration;
  }

  public Span presence() {
    return presence;
  }

  public Samples distance() {
    return distance;
  }

  /** Dilution factor per sample (distance and exhalation rate), computed when asked (the model keeps its inverse). */
  public Samples dilutionFactor() {
    return dilution(false);
  }

  /**
   * 1 / dilution factor per sample: the fraction of the mouth's concentration that reaches the exposed person.
   * Computed once; the jet's concentration and dose, and the long-range concentration the jet replaces, are
   * multiplied by it.
   */
  public Samples inverseDilutionFactor() {
    Samples s = inverseDilution;
    if (s == null) {
      s = dilution(true);
      inverseDilution = s;
    }
    return s;
  }

  private Samples dilution(boolean inverse) {
    Samples exhalation = activity.exhalationRate();
    int n = Samples.broadcastSize(distance, exhalation);
    double[] out = new double[n];
    Samples.Reader distances = distance.reader();
    Samples.Reader exhaled = exhalation.reader();
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = inverse ? DilutionFactor.inverseAt(distances.get(i), exhaled.get(i))
            : DilutionFactor.at(distances.get(i), exhaled.get(i));
      }
    });
    return Samples.adopt(out);
  }

  /** Exhaled aerosol volume per exhaled air volume, no mask [mL/cm³]. */
  public Samples normedJetOriginConcentration() {
    return expiration.aerosols(Mask.NONE);
  }

  /** viral load × infectious fraction × 10⁶: turns aerosol volume into infectious virions per m³ of exhaled air. */
  public Samples normalizationFactor() {
    return infected.emissionRatePerAerosolPerPerson().dividedBy(infected.activity().exhalationRate());
  }

  /** Virion concentration at the mouth [virions/m³]. */
  public Samples jetOriginConcentration() {
    return normedJetOriginConcentration().times(normalizationFactor());
  }

  /** Virion concentration of the jet at the exposed person [virions/m³]. */
  public Samples dilutedJetConcentration() {
    Samples normed = normedJetOriginConcentration();
    Samples emission = infected.emissionRatePerAerosolPerPerson();
    Samples exhalation = infected.activity().exhalationRate();
    Samples inverse = inverseDilutionFactor();
    int n = Samples.broadcastSize(normed, emission, exhalation, inverse);
    double[] out = new double[n];
    Samples.Reader normedAt = normed.reader();
    Samples.Reader emitted = emission.reader();
    Samples.Reader exhaled = exhalation.reader();
    Samples.Reader reaching = inverse.reader();
    // jet origin concentration × inverse dilution in one pass, in the order of those methods' operations
    ParallelBlocks.run(n, (from, to) -> {
      for (int i = from; i < to; i++) {
        out[i] = normedAt.get(i) * (emitted.get(i) / exhaled.get(i)) * reaching.get(i);
      }
    });
    return Samples.adopt(out);
  }

  /**
   * The part of [t1, t2] that overlaps the interaction, or the empty span (0, 0) when they are disjoint.
   */
  public Span extractBetweenBounds(double t1, double t2) {
    if (t1 > t2) {
      throw new IllegalArgumentException("time1 must be less or equal to time2");
    }
    double start = presence.start();
    double stop = presence.end();
    if (stop < t1 || start > t2) {
      return new Span(0, 0);
    }
    return new Span(Math.max(start, t1), Math.min(stop, t2));
  }

  /** Normed jet exposure over the overlap of [t1, t2] with the interaction: aerosols · 10⁶ · duration. */
  public Samples normedJetExposureBetweenBounds(double t1, double t2) {
    Span overlap = extractBetweenBounds(t1, t2);
    return normedJetOriginConcentration().times(1e6 * overlap.duration());
  }

  @Override
  public String toString() {
    return "ShortRangeModel[" + expiration.name() + " " + presence + "]";
  }
}
