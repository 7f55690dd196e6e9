package io.caimira.model.aerosol;

import io.caimira.model.sample.Samples;
import java.util.List;

/**
 * A time-weighted mix of single-diameter expirations (e.g. 1/3 speaking, 2/3 breathing); its aerosol volume is
 * the weighted mean of theirs. Only for fixed diameters: mixes of diameter distributions use the BLO model.
 */
public record MultipleExpiration(List<Expiration> expirations, List<Double> weights) {

  public MultipleExpiration {
    expirations = List.copyOf(expirations);
    weights = List.copyOf(weights);
    if (expirations.size() != weights.size()) {
      throw new IllegalArgumentException("expirations and weights must contain the same number of elements");
    }
    for (Expiration e : expirations) {
      if (!e.diameter().isConstant()) {
        throw new IllegalArgumentException("diameters must all be scalars");
      }
    }
  }

  public Samples aerosols(Mask mask) {
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    Samples sum = Samples.constant(0.0);
    for (int i = 0; i < expirations.size(); i++) {
      sum = sum.plus(expirations.get(i).aerosols(mask).times(weights.get(i) / total));
    }
    return sum;
  }
}
