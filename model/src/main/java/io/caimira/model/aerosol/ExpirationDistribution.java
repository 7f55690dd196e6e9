package io.caimira.model.aerosol;

import io.caimira.model.distribution.CustomKernel;
import io.caimira.model.numeric.Grids;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Monte-Carlo particle-diameter distribution of an expiratory activity and its total concentration: the
 * diameter [µm] is sampled from a weighted Gaussian kernel (bandwidth 0.1 µm) on 3000 evenly spaced diameters
 * of the size range, weighted by the BLO number density, and kept positive (upstream's kernel can return a negative
 * diameter, about once in 6 000 office reports, whose deposition fraction is NaN); cn [cm⁻³] is the BLO integral
 * over the range.
 * Instances are immutable and cached per (factors, range).
 */
public final class ExpirationDistribution {
  /** Number of kernel centres spanning the size range. */
  public static final int POINTS = 3000;

  /** Kernel bandwidth [µm]. */
  public static final double BANDWIDTH = 0.1;

  private static final int CACHE_LIMIT = 512;
  private static final Map<Key, ExpirationDistribution> CACHE = new ConcurrentHashMap<>();

  private record Key(BloFactors factors, ParticleSizeRange range) {}

  private final BloFactors factors;
  private final ParticleSizeRange range;
  private final CustomKernel diameter;
  private final double cn;

  private ExpirationDistribution(BloFactors factors, ParticleSizeRange range) {
    BloModel blo = new BloModel(factors);
    double[] diameters = Grids.linspace(range.minimum(), range.maximum(), POINTS);
    this.factors = factors;
    this.range = range;
    this.diameter = new CustomKernel(diameters, blo.pdf(diameters), BANDWIDTH, 0.0);
    this.cn = blo.integral(range.minimum(), range.maximum());
  }

  /** The distribution for the given factors and size range (built once, then cached). */
  public static ExpirationDistribution of(BloFactors factors, ParticleSizeRange range) {
    Key key = new Key(factors, range);
    ExpirationDistribution cached = CACHE.get(key);
    if (cached != null) {
      return cached;
    }
    ExpirationDistribution built = new ExpirationDistribution(factors, range);
    if (CACHE.size() < CACHE_LIMIT) {
      ExpirationDistribution raced = CACHE.putIfAbsent(key, built);
      return raced != null ? raced : built;
    }
    return built;
  }

  /** A predefined expiration type over the long-range size range. */
  public static ExpirationDistribution longRange(ExpirationType type) {
    return of(type.factors(), ParticleSizeRange.LONG_RANGE);
  }

  /** A predefined expiration type over the short-range size range. */
  public static ExpirationDistribution shortRange(ExpirationType type) {
    return of(type.factors(), ParticleSizeRange.SHORT_RANGE);
  }

  /** The weight-normalised blend of a mix of types (see {@link BloFactors#blend}), long range. */
  public static ExpirationDistribution longRange(Map<ExpirationType, ? extends Number> mix) {
    return of(BloFactors.blend(mix), ParticleSizeRange.LONG_RANGE);
  }

  public BloFactors factors() {
    return factors;
  }

  public ParticleSizeRange range() {
    return range;
  }

  /** The diameter distribution [µm]. */
  public CustomKernel diameter() {
    return diameter;
  }

  /** Total number concentration [cm⁻³] over the size range. */
  public double cn() {
    return cn;
  }

  @Override
  public String toString() {
    return "ExpirationDistribution[" + factors + ", " + range + ", cn=" + cn + "]";
  }
}
