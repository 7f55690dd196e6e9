package io.caimira.model.concentration;

import io.caimira.model.sample.Samples;

/**
 * A per-sample weight of {@link ConcentrationModel#means}: {@code factor · multiplier}, or the factor alone. The
 * product is formed block by block as the means are summed, never as a whole array, so that a report with many
 * short-range interactions (one weight per interaction, each multiplied by its own inverse dilution factor) holds no
 * extra sample-sized array per interaction.
 *
 * @param factor the samples (or a constant)
 * @param multiplier the samples each factor is multiplied by, or null for none
 */
public record Weight(Samples factor, Samples multiplier) {

  public static Weight of(Samples factor) {
    return new Weight(factor, null);
  }

  public static Weight product(Samples factor, Samples multiplier) {
    return new Weight(factor, multiplier);
  }

  static Weight[] of(Samples[] factors) {
    Weight[] out = new Weight[factors.length];
    for (int w = 0; w < out.length; w++) {
      out[w] = of(factors[w]);
    }
    return out;
  }

  /** Number of samples (1 when both parts are constants). */
  public int size() {
    return multiplier == null ? factor.size() : Samples.broadcastSize(factor, multiplier);
  }

  /** The weight of sample {@code i}. */
  public double get(int i) {
    return multiplier == null ? factor.get(i) : factor.get(i) * multiplier.get(i);
  }

  /** Writes the weights of samples [from, to) into {@code target} from index 0. */
  public void copyTo(double[] target, int from, int to) {
    factor.copyTo(target, from, to);
    if (multiplier != null) {
      multiplier.multiplySlice(target, from, to);
    }
  }

  /** The weights as samples (an array when either part is one). */
  public Samples toSamples() {
    return multiplier == null ? factor : factor.times(multiplier);
  }

  /** The same weight with its factor multiplied by {@code other}. */
  Weight times(Samples other) {
    return new Weight(factor.times(other), multiplier);
  }

  /** Whether both weights are formed from the same instances (and so are equal without comparing samples). */
  boolean sameParts(Weight other) {
    return factor == other.factor && multiplier == other.multiplier;
  }
}
