package io.caimira.model.montecarlo;

import io.caimira.model.work.Cancellation;

import io.caimira.model.aerosol.Expiration;
import io.caimira.model.aerosol.ExpirationDistribution;
import io.caimira.model.aerosol.Mask;
import io.caimira.model.aerosol.MaskType;
import io.caimira.model.distribution.ChunkedDistribution;
import io.caimira.model.distribution.ConversationalDistance;
import io.caimira.model.distribution.Distribution;
import io.caimira.model.distribution.MonteCarloRandom;
import io.caimira.model.distribution.ViralLoads;
import io.caimira.model.distribution.VirusDistributions;
import io.caimira.model.population.Activity;
import io.caimira.model.population.PhysicalActivity;
import io.caimira.model.sample.Samples;
import io.caimira.model.virus.Variant;
import io.caimira.model.virus.Virus;

/**
 * Draws the uncertain inputs of the model — breathing rates, mask efficiencies, virus properties, particle
 * diameters, interpersonal distances — as {@link Samples} of a fixed size from one random source. Every call
 * consumes the next independent stream(s) of the source (masks: of a side source of their own), so a given seed and
 * order of calls always produce the same model.
 */
public final class MonteCarloSampler {
  /** Production sample size. */
  public static final int DEFAULT_SAMPLE_SIZE = 250_000;

  private final int size;
  private final MonteCarloRandom random;
  /** The masks' streams ({@link #mask}). */
  private final MonteCarloRandom maskRandom;
  private final DrawCache cache;
  /** Draws made while the build goes on; null when every draw is made at once. */
  private DeferredDraws deferred;

  public MonteCarloSampler(int size, MonteCarloRandom random) {
    this(size, random, null);
  }

  /** A sampler that takes draws already made by another sampler of the same seed from {@code cache} (or null). */
  public MonteCarloSampler(int size, MonteCarloRandom random, DrawCache cache) {
    if (size < 1) {
      throw new IllegalArgumentException("The sample size must be positive: " + size);
    }
    this.size = size;
    this.random = java.util.Objects.requireNonNull(random, "random");
    this.maskRandom = random.side(MonteCarloRandom.Side.MASKS);
    this.cache = cache;
  }

  public static MonteCarloSampler withSeed(int size, long seed) {
    return new MonteCarloSampler(size, MonteCarloRandom.withSeed(seed));
  }

  /** As {@link #withSeed(int, long)}, sharing draws through {@code cache} (null: no sharing). */
  public static MonteCarloSampler withSeed(int size, long seed, DrawCache cache) {
    return new MonteCarloSampler(size, MonteCarloRandom.withSeed(seed), cache);
  }

  public int size() {
    return size;
  }

  public long seed() {
    return random.seed();
  }

  /**
   * From now on, draws are made while the caller goes on building (on the pool's threads and, when it needs
   * samples, on the caller's): their samples are {@link Samples#deferred deferred}, the same numbers as immediate
   * draws. The caller must call {@link #finishDraws()} before the model leaves its thread, so that nothing is left
   * running; only the calling thread may then ask for draws.
   */
  public MonteCarloSampler deferringDraws() {
    if (deferred == null) {
      deferred = new DeferredDraws();
    }
    return this;
  }

  /** Waits until every draw asked for is made (nothing to do unless {@link #deferringDraws()}). */
  public void finishDraws() {
    if (deferred != null) {
      deferred.finish();
    }
  }

  /** Drops the draws nobody has started, for a build that failed (their samples must not be used). */
  public void abandonDraws() {
    if (deferred != null) {
      deferred.abandon();
    }
  }

  /** Samples of any distribution. */
  public Samples draw(Distribution distribution) {
    return draw(distribution, random);
  }

  /** Samples of {@code distribution} from the next stream(s) of {@code source}, shared through the cache. */
  private Samples draw(Distribution distribution, MonteCarloRandom source) {
    Cancellation.check();
    if (cache == null) {
      return sample(distribution, source);
    }
    long first = source.streamsUsed();
    DrawCache.Draw made = cache.get(source.seed(), first, distribution, size);
    if (made != null) {
      for (long k = 0; k < made.streams(); k++) {
        source.nextStream(); // the streams the draw would have used
      }
      return made.samples();
    }
    Samples samples = sample(distribution, source);
    cache.put(source.seed(), first, distribution, size, new DrawCache.Draw(samples, source.streamsUsed() - first));
    return samples;
  }

  private Samples sample(Distribution distribution, MonteCarloRandom source) {
    if (deferred != null && distribution instanceof ChunkedDistribution chunked) {
      return deferred.draw(size, source.nextStream(), chunked);
    }
    return distribution.sample(size, source);
  }

  /** Independent log-normal inhalation then exhalation rates [m³/h]. */
  public Activity activity(PhysicalActivity activity) {
    Distribution rate = activity.breathingRateDistribution();
    Samples inhalation = draw(rate);
    Samples exhalation = draw(rate);
    return new Activity(inhalation, exhalation);
  }

  /**
   * The breathing of people whose inhalation does not enter the model (an infected population without short-range
   * interactions): a drawn exhalation rate; the inhalation is the log-normal's mean, not drawn.
   */
  public Activity exhaling(PhysicalActivity activity) {
    return new Activity(Samples.constant(activity.breathingRateDistribution().mean()),
        draw(activity.breathingRateDistribution()));
  }

  /**
   * The breathing of people whose exhalation does not enter the model (the exposed): a drawn inhalation rate; the
   * exhalation is the log-normal's mean, not drawn.
   */
  public Activity inhaling(PhysicalActivity activity) {
    return new Activity(draw(activity.breathingRateDistribution()),
        Samples.constant(activity.breathingRateDistribution().mean()));
  }

  /**
   * A mask with sampled inward (and, for cloth, outward) efficiency; no draw for "No mask". Masks take their streams
   * from a source of their own, so that a model with masks draws everything else from the same streams as the same
   * model without: an alternative scenario that adds masks shares the other draws of the report's scenario (common
   * random numbers) instead of drawing them all again from shifted streams.
   */
  public Mask mask(MaskType type) {
    if (type.inhaleDistribution().isEmpty()) {
      return type.fixed();
    }
    Samples inhale = draw(type.inhaleDistribution().get(), maskRandom);
    Samples exhale = type.exhaleDistribution().map(d -> draw(d, maskRandom)).orElse(null);
    return new Mask(inhale, exhale, MaskType.FACTOR_EXHALE);
  }

  /** A variant with sampled viral load, infectious dose (ID50) and viable-to-RNA ratio. */
  public Virus virus(Variant variant) {
    return virus(variant, ViralLoads.COVID_OVERALL);
  }

  /** A variant whose viral load follows {@code viralLoad} [RNA copies/mL]. */
  public Virus virus(Variant variant, Distribution viralLoad) {
    Samples load = draw(viralLoad);
    Samples dose = draw(VirusDistributions.INFECTIOUS_DOSE);
    Samples viable = draw(VirusDistributions.VIABLE_TO_RNA_RATIO);
    return new Virus(load, dose, viable, variant.transmissibilityFactor(), Virus.DEFAULT_INFECTIOUSNESS_DAYS);
  }

  /** Particle diameters drawn from a BLO size distribution, with its number concentration cn. */
  public Expiration expiration(ExpirationDistribution distribution, String name) {
    return new Expiration(draw(distribution.diameter()), distribution.cn(), name);
  }

  /** Face-to-face distances [m] of short-range interactions. */
  public Samples conversationalDistance() {
    return draw(ConversationalDistance.DISTRIBUTION);
  }
}
